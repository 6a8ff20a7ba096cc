package follow

import (
	"regexp"
	"strconv"
	"strings"
)

// RangeHint is what a node's refusal of an eth_getLogs range tells: a range it would serve
// (SuggestedTo, with the same start) or the most blocks it serves at once (MaxBlocks). Zero
// values mean the refusal did not say.
type RangeHint struct {
	SuggestedTo uint64
	MaxBlocks   uint64
}

// Words in which nodes and providers refuse an eth_getLogs range as too large or too full
// (Alchemy, Infura, QuickNode, Ankr, publicnode, geth's and erigon's range limits, bor, and
// the generic "too many results"), lower-cased.
var rangeRefusals = []string{
	"log response size exceeded",
	"query returned more than",
	"too many results",
	"block range is too wide",
	"block range too large",
	"range too large",
	"range is too large",
	"range too wide",
	"exceed maximum block range",
	"exceeds max block range",
	"exceed max block range",
	"query exceeds max",
	"is limited to a",
	"are limited to a",
	"block range should work",
	"up to a ",
	"logs matched by query exceeds limit",
	"response size exceeded",
	"query timeout exceeded",
}

var (
	hexRange = regexp.MustCompile(`\[\s*0x([0-9a-f]+)\s*,\s*0x([0-9a-f]+)\s*\]`)
	decRange = regexp.MustCompile(`retry with the range (\d+)\s*-\s*(\d+)`)
	maxRange = regexp.MustCompile(`(?:limited to a|up to a|maximum block range:?|max block range:?|max range:?)\s*([\d,]+)\s*(k?)\s*(?:blocks?\s*)?range`)
	maxColon = regexp.MustCompile(`(?:maximum block range|max block range|max range)\s*:?\s*([\d,]+)`)
)

// RangeRefusal reports whether err is a node refusing an eth_getLogs range for its size, and
// what the refusal says about a range it would serve.
func RangeRefusal(err error) (RangeHint, bool) {
	if err == nil {
		return RangeHint{}, false
	}
	msg := strings.ToLower(err.Error())
	refused := false
	for _, w := range rangeRefusals {
		if strings.Contains(msg, w) {
			refused = true
			break
		}
	}
	if !refused {
		return RangeHint{}, false
	}
	var h RangeHint
	if m := hexRange.FindStringSubmatch(msg); m != nil {
		if to, err := strconv.ParseUint(m[2], 16, 64); err == nil {
			h.SuggestedTo = to
		}
	} else if m := decRange.FindStringSubmatch(msg); m != nil {
		if to, err := strconv.ParseUint(m[2], 10, 64); err == nil {
			h.SuggestedTo = to
		}
	}
	if m := maxRange.FindStringSubmatch(msg); m != nil {
		h.MaxBlocks = parseCount(m[1], m[2])
	} else if m := maxColon.FindStringSubmatch(msg); m != nil {
		h.MaxBlocks = parseCount(m[1], "")
	}
	return h, true
}

func parseCount(digits, suffix string) uint64 {
	n, err := strconv.ParseUint(strings.ReplaceAll(digits, ",", ""), 10, 64)
	if err != nil {
		return 0
	}
	if suffix == "k" {
		n *= 1000
	}
	return n
}

// rangeRefusedError is a refused eth_getLogs range: the follower shrinks the range instead of
// redialling.
type rangeRefusedError struct {
	hint RangeHint
	err  error
}

func (e *rangeRefusedError) Error() string { return e.err.Error() }
func (e *rangeRefusedError) Unwrap() error { return e.err }
