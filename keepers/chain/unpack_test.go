package chain

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/testenv/randevent"
)

// Every event of the three contracts, with random arguments, decodes to the same struct
// through the unpacker as through the binding's Unpack<Name>Event; malformed logs fail both.
func TestUnpackerMatchesTheBindings(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 3))
	for _, c := range []struct {
		meta    *bind.MetaData
		binding any
	}{
		{&bindings.PondMarketMetaData, bindings.NewPondMarket()},
		{&bindings.ModuleRegistryMetaData, bindings.NewModuleRegistry()},
		{&bindings.MediatorRegistryMetaData, bindings.NewMediatorRegistry()},
	} {
		parsed, err := c.meta.ParseABI()
		if err != nil {
			t.Fatal(err)
		}
		for name, ev := range parsed.Events {
			method := reflect.ValueOf(c.binding).MethodByName("Unpack" + abi.ToCamelCase(name) + "Event")
			typ := method.Type().Out(0).Elem()
			u, err := newUnpacker(ev, typ)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			viaBinding := func(l *types.Log) (any, error) {
				out := method.Call([]reflect.Value{reflect.ValueOf(l)})
				if e := out[1].Interface(); e != nil {
					return nil, e.(error)
				}
				return out[0].Interface(), nil
			}
			for trial := range 40 {
				l, err := randevent.Log(r, ev, common.Address{})
				if err != nil {
					t.Fatal(err)
				}
				l.BlockNumber, l.Index = 9, uint(trial)
				want, werr := viaBinding(l)
				got, gerr := u.unpack(l)
				if werr != nil || gerr != nil || !reflect.DeepEqual(got, want) {
					t.Fatalf("%s trial %d:\n binding  %+v (%v)\n unpacker %+v (%v)", name, trial, want, werr, got, gerr)
				}
				// Malformed: data cut short, a topic missing or one too many.
				bad := []*types.Log{
					{Topics: l.Topics, Data: l.Data[:len(l.Data)/2]},
					{Topics: l.Topics[:len(l.Topics)-1], Data: l.Data},
					{Topics: append(append([]common.Hash{}, l.Topics...), common.Hash{1}), Data: l.Data},
				}
				for i, b := range bad {
					if len(b.Topics) == 0 || (i == 0 && len(l.Data) == 0) {
						continue
					}
					_, werr := viaBinding(b)
					_, gerr := u.unpack(b)
					if (werr == nil) != (gerr == nil) {
						t.Fatalf("%s malformed %d: binding error %v, unpacker error %v", name, i, werr, gerr)
					}
				}
			}
		}
	}
}

// BenchmarkDecodeJobPosted decodes the market's largest event through the binding's
// Unpack<Name>Event and through the unpacker.
func BenchmarkDecodeJobPosted(b *testing.B) {
	parsed, err := bindings.PondMarketMetaData.ParseABI()
	if err != nil {
		b.Fatal(err)
	}
	ev := parsed.Events["JobPosted"]
	l, err := randevent.Log(rand.New(rand.NewPCG(1, 2)), ev, common.Address{})
	if err != nil {
		b.Fatal(err)
	}
	u, err := newUnpacker(ev, reflect.TypeFor[bindings.PondMarketJobPosted]())
	if err != nil {
		b.Fatal(err)
	}
	market := bindings.NewPondMarket()
	b.Run("binding", func(b *testing.B) {
		for range b.N {
			if _, err := market.UnpackJobPostedEvent(l); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("unpacker", func(b *testing.B) {
		for range b.N {
			if _, err := u.unpack(l); err != nil {
				b.Fatal(err)
			}
		}
	})
}
