package explorer

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/index"
)

// TestTimelineText_refundHeldInItsOwnToken: the refund of a contract client's job paid in an
// ERC-20 is two sends (PondMarketExtension.refundClient): the price in the job's token and the
// delivery fee in the native currency, each logged as RefundHeld with its own token when the
// refund address refuses it. The timeline must name the event's token, not the job's.
func TestTimelineText_refundHeldInItsOwnToken(t *testing.T) {
	dep := chain.Deployment{Market: common.HexToAddress("0x1"), TestToken: common.HexToAddress("0x7e57")}
	e := &Explorer{cfg: Config{Deployment: dep}}
	refundTo := common.HexToAddress("0xbad")
	ev := index.Event{Name: "RefundHeld", Args: map[string]any{
		"JobId": "1", "RefundTo": refundTo.Hex(), "Token": chain.Native.Hex(), "Amount": "975000000000000"}}
	got := e.timelineText(ev, dep.TestToken) // the job is paid in PTT; this held refund is its ETH delivery fee
	if want := "refund 0.000975 ETH refused by " + refundTo.Hex(); !strings.HasPrefix(got, want) {
		t.Fatalf("timeline says %q, want it to start with %q", got, want)
	}
}
