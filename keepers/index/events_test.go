package index_test

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/testenv/randevent"
	"github.com/pond-compute/pond/keepers/testenv/synthchain"
)

// The arguments' JSON is byte for byte what the reference writer (encoding/json over a map
// of the arguments) wrote, for every event of the three contracts with random arguments, the
// synthetic chain's events and strings encoding/json escapes or repairs: an index written
// before the fast encoder and one written after compare equal.
func TestEventArgsMatchTheReferenceEncoding(t *testing.T) {
	dec, err := chain.NewEventDecoder(synthchain.Deployment)
	if err != nil {
		t.Fatal(err)
	}
	var evs []chain.Event
	r := rand.New(rand.NewPCG(8, 11))
	for _, c := range []struct {
		meta    *bind.MetaData
		address common.Address
	}{
		{&bindings.PondMarketMetaData, synthchain.Deployment.Market},
		{&bindings.ModuleRegistryMetaData, synthchain.Deployment.ModuleRegistry},
		{&bindings.MediatorRegistryMetaData, synthchain.Deployment.MediatorRegistry},
	} {
		parsed, err := c.meta.ParseABI()
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range parsed.Events {
			for range 20 {
				l, err := randevent.Log(r, e, c.address)
				if err != nil {
					t.Fatal(err)
				}
				ev, err := dec.Decode(*l)
				if err != nil {
					t.Fatalf("%s: %v", e.Name, err)
				}
				evs = append(evs, ev)
			}
		}
	}
	c, err := synthchain.New(30, 10)
	if err != nil {
		t.Fatal(err)
	}
	logs, err := c.FilterLogs(context.Background(), ethereum.FilterQuery{})
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range logs {
		ev, err := dec.Decode(l)
		if err != nil {
			t.Fatal(err)
		}
		evs = append(evs, ev)
	}
	for _, s := range []string{"", "a<b", "a>b", "a&b", "<b>&amp;</b>", "\xff\xfe invalid", "a\u2028b\u2029", "\x00\x1f\x7f\t\n", `"\`, "é€𝄞"} {
		evs = append(evs, &bindings.PondMarketJobPosted{JobId: big.NewInt(-7), Creator: common.HexToAddress("0xAbC"),
			Request: bindings.IPondMarketJobRequest{Inputs: s, Price: big.NewInt(-5)}})
	}
	evs = append(evs, &bindings.ModuleRegistryModulePublished{NameHash: [32]byte{1, 2, 0xff}},
		&bindings.MediatorRegistryCommitteeCreated{Members: nil})
	for _, ev := range evs {
		want, err := index.ReferenceArgs(ev)
		if err != nil {
			t.Fatal(err)
		}
		if got := index.AppendArgs(nil, ev); !bytes.Equal(got, want) {
			t.Fatalf("%s:\n got       %s\n reference %s", chain.EventName(ev), got, want)
		}
	}
	if len(evs) < 500 {
		t.Fatalf("only %d events compared", len(evs))
	}
}

// Goroutines encoding a type for the first time at once (keepers in one process seeing a new
// event together) all get its encoding: one builds the encoder, the others wait for it. Each
// round makes a type nobody has encoded yet (reflect.StructOf with a fresh field name).
func TestEventArgsEncodeConcurrentlyOnFirstUse(t *testing.T) {
	for round := range 200 {
		typ := reflect.StructOf([]reflect.StructField{
			{Name: fmt.Sprintf("Amount%d", round), Type: reflect.TypeFor[*big.Int]()},
			{Name: "Who", Type: reflect.TypeFor[common.Address]()},
			{Name: "Note", Type: reflect.TypeFor[string]()},
		})
		v := reflect.New(typ)
		v.Elem().Field(0).Set(reflect.ValueOf(big.NewInt(int64(round))))
		v.Elem().Field(2).SetString("moo")
		ev := v.Interface()
		want, err := index.ReferenceArgs(ev)
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		got := make([][]byte, 8)
		start := make(chan struct{})
		for g := range got {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				got[g] = index.AppendArgs(nil, ev)
			}()
		}
		close(start)
		wg.Wait()
		for g := range got {
			if !bytes.Equal(got[g], want) {
				t.Fatalf("round %d, goroutine %d: %s, want %s", round, g, got[g], want)
			}
		}
	}
}
