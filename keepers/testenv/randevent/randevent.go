// Package randevent makes logs of contract events with random arguments, for tests that hold
// two decoders or encoders of the same events to each other (every event of an ABI, values of
// every size, strings with characters JSON escapes, empty and full slices).
package randevent

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Log is a log of ev emitted by address, with random arguments.
func Log(r *rand.Rand, ev abi.Event, address common.Address) (*types.Log, error) {
	l := &types.Log{Address: address, Topics: []common.Hash{ev.ID}}
	var data []any
	for _, arg := range ev.Inputs {
		if !arg.Indexed {
			data = append(data, value(r, arg.Type).Interface())
			continue
		}
		if isHashedTopic(arg.Type) { // the topic is the hash of the value
			var h common.Hash
			fill(r, h[:])
			l.Topics = append(l.Topics, h)
			continue
		}
		topics, err := abi.MakeTopics([]any{value(r, arg.Type).Interface()})
		if err != nil {
			return nil, fmt.Errorf("%s.%s: %w", ev.Name, arg.Name, err)
		}
		l.Topics = append(l.Topics, topics[0][0])
	}
	var err error
	if l.Data, err = ev.Inputs.NonIndexed().Pack(data...); err != nil {
		return nil, fmt.Errorf("%s: pack: %w", ev.Name, err)
	}
	return l, nil
}

func isHashedTopic(t abi.Type) bool {
	switch t.T {
	case abi.StringTy, abi.BytesTy, abi.SliceTy, abi.ArrayTy, abi.TupleTy:
		return true
	}
	return false
}

func fill(r *rand.Rand, b []byte) {
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
}

// value is a random value of t, of the Go type the abi package packs it from.
func value(r *rand.Rand, t abi.Type) reflect.Value {
	v := reflect.New(t.GetType()).Elem()
	switch t.T {
	case abi.UintTy, abi.IntTy:
		raw := make([]byte, (t.Size+7)/8)
		fill(r, raw)
		n := new(big.Int).SetBytes(raw)
		n.Rsh(n, uint(len(raw)*8-t.Size)) // t.Size bits wide
		if r.IntN(4) == 0 {
			n.SetUint64(uint64(r.IntN(3))) // small values too
		}
		if t.T == abi.IntTy {
			n.Sub(n, new(big.Int).Lsh(big.NewInt(1), uint(t.Size-1))) // -2^(size-1) .. 2^(size-1)-1
		}
		switch v.Kind() {
		case reflect.Pointer:
			v.Set(reflect.ValueOf(n))
		case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
			v.SetUint(n.Uint64())
		default:
			v.SetInt(n.Int64())
		}
	case abi.BoolTy:
		v.SetBool(r.IntN(2) == 1)
	case abi.StringTy:
		runes := []rune("aZ09 <&>\"\\é€𝄞\n\u2028")
		s := make([]rune, r.IntN(40))
		for i := range s {
			s[i] = runes[r.IntN(len(runes))]
		}
		v.SetString(string(s))
	case abi.BytesTy:
		b := make([]byte, r.IntN(70))
		fill(r, b)
		v.SetBytes(b)
	case abi.AddressTy, abi.FixedBytesTy:
		for i := range v.Len() {
			v.Index(i).SetUint(uint64(r.IntN(256)))
		}
	case abi.SliceTy:
		n := r.IntN(4)
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			s.Index(i).Set(value(r, *t.Elem))
		}
		v.Set(s)
	case abi.ArrayTy:
		for i := range v.Len() {
			v.Index(i).Set(value(r, *t.Elem))
		}
	case abi.TupleTy:
		for i, elem := range t.TupleElems {
			v.Field(i).Set(value(r, *elem))
		}
	default:
		panic("randevent: no random value for " + t.String())
	}
	return v
}
