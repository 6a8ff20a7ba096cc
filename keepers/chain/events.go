package chain

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"unicode"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain/follow"
)

// Event is a decoded Pond event: a pointer to one of the generated event types, such as
// *bindings.PondMarketJobPosted, *bindings.MediatorRegistryVoteCommitted or
// *bindings.ModuleRegistryModulePublished. Consumers switch on the type.
type Event = any

type unpackFn func(*types.Log) (any, error)

// EventDecoder decodes the logs of one deployment's market, module registry and mediator
// registry into typed events.
type EventDecoder struct {
	byAddress map[common.Address]map[common.Hash]unpackFn
	addresses []common.Address
}

// NewEventDecoder builds a decoder for the contracts of d.
func NewEventDecoder(d Deployment) (*EventDecoder, error) {
	e := &EventDecoder{byAddress: map[common.Address]map[common.Hash]unpackFn{}}
	for _, c := range []struct {
		addr    common.Address
		meta    *bind.MetaData
		binding any
	}{
		{d.Market, &bindings.PondMarketMetaData, bindings.NewPondMarket()},
		{d.ModuleRegistry, &bindings.ModuleRegistryMetaData, bindings.NewModuleRegistry()},
		{d.MediatorRegistry, &bindings.MediatorRegistryMetaData, bindings.NewMediatorRegistry()},
	} {
		if c.addr == (common.Address{}) {
			continue
		}
		table, err := eventTable(c.meta, c.binding)
		if err != nil {
			return nil, err
		}
		e.byAddress[c.addr] = table
		e.addresses = append(e.addresses, c.addr)
	}
	return e, nil
}

// eventTable maps each event of a contract ABI to the binding's Unpack<Name>Event method, so
// that a new event in the contracts is decoded as soon as the bindings are regenerated: to an
// unpacker giving the same struct faster (unpack.go), or to the method itself.
func eventTable(meta *bind.MetaData, binding any) (map[common.Hash]unpackFn, error) {
	parsed, err := meta.ParseABI()
	if err != nil {
		return nil, fmt.Errorf("parse ABI: %w", err)
	}
	table := map[common.Hash]unpackFn{}
	v := reflect.ValueOf(binding)
	for name, ev := range parsed.Events {
		if ev.Anonymous {
			continue
		}
		method := v.MethodByName("Unpack" + abi.ToCamelCase(name) + "Event")
		if !method.IsValid() {
			return nil, fmt.Errorf("binding %T has no unpacker for event %s", binding, name)
		}
		if mt := method.Type(); mt.NumOut() == 2 && mt.Out(0).Kind() == reflect.Pointer {
			if u, err := newUnpacker(ev, mt.Out(0).Elem()); err == nil {
				table[ev.ID] = u.unpack
				continue
			}
		}
		table[ev.ID] = func(l *types.Log) (any, error) {
			out := method.Call([]reflect.Value{reflect.ValueOf(l)})
			if errV := out[1].Interface(); errV != nil {
				return nil, errV.(error)
			}
			return out[0].Interface(), nil
		}
	}
	return table, nil
}

// Addresses are the contracts whose logs the decoder understands; follow them.
func (e *EventDecoder) Addresses() []common.Address { return e.addresses }

// Decode turns a log into a typed event. Logs of other contracts or unknown events return
// follow.ErrSkip, so Decode can be used directly as a follow.Decoder.
func (e *EventDecoder) Decode(l types.Log) (Event, error) {
	table, ok := e.byAddress[l.Address]
	if !ok || len(l.Topics) == 0 {
		return nil, follow.ErrSkip
	}
	unpack, ok := table[l.Topics[0]]
	if !ok {
		return nil, follow.ErrSkip
	}
	ev, err := unpack(&l)
	if err != nil {
		return nil, fmt.Errorf("decode %s event of %s: %w", l.Topics[0], l.Address, err)
	}
	return ev, nil
}

// EventName is the Solidity name of a decoded event, for logs: "JobPosted" for
// *bindings.PondMarketJobPosted.
func EventName(ev Event) string {
	t := reflect.TypeOf(ev)
	if t == nil {
		return ""
	}
	if name, ok := eventNames.Load(t); ok {
		return name.(string)
	}
	name := eventName(t)
	eventNames.Store(t, name)
	return name
}

var eventNames sync.Map // reflect.Type → its EventName

func eventName(t reflect.Type) string {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	name := t.Name()
	for _, prefix := range []string{"PondMarket", "ModuleRegistry", "MediatorRegistry"} {
		if rest, ok := strings.CutPrefix(name, prefix); ok && rest != "" && unicode.IsUpper(rune(rest[0])) {
			return rest
		}
	}
	return name
}

// MarketFollower follows every Pond event of a deployment from its deployment block.
func MarketFollower(d Deployment, cfg follow.Config[Event]) (*follow.Follower[Event], error) {
	dec, err := NewEventDecoder(d)
	if err != nil {
		return nil, err
	}
	cfg.Addresses = dec.Addresses()
	cfg.Decode = dec.Decode
	if cfg.Resume == nil && cfg.FromBlock == 0 {
		cfg.FromBlock = d.DeployBlock
	}
	return follow.New(cfg)
}
