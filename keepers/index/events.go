package index

import (
	"encoding"
	"math/big"
	"reflect"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pond-compute/pond/keepers/chain"
)

var (
	bigIntType      = reflect.TypeFor[*big.Int]()
	textMarshalType = reflect.TypeFor[encoding.TextMarshaler]()
)

// eventArgs is the JSON form of a decoded event's arguments: a field per argument, named as
// the binding names it (JobId, Request.Price, ...); integers of any size as decimal strings,
// addresses and hashes as hex, byte arrays as 0x hex. The raw log is left out (the events
// table has its block, index and transaction).
func eventArgs(ev chain.Event) any { return jsonValue(reflect.ValueOf(ev)) }

func jsonValue(v reflect.Value) any {
	if !v.IsValid() {
		return nil
	}
	if v.Type() == bigIntType {
		if v.IsNil() {
			return nil
		}
		return v.Interface().(*big.Int).String()
	}
	if v.Type().Implements(textMarshalType) && v.Kind() != reflect.Pointer {
		raw, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err == nil {
			return string(raw)
		}
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return jsonValue(v.Elem())
	case reflect.Struct:
		out := map[string]any{}
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if !f.IsExported() || f.Name == "Raw" {
				continue
			}
			out[f.Name] = jsonValue(v.Field(i))
		}
		return out
	case reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, v.Len())
			reflect.Copy(reflect.ValueOf(b), v)
			return hexutil.Encode(b)
		}
		fallthrough
	case reflect.Slice:
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			return hexutil.Encode(v.Bytes())
		}
		out := make([]any, v.Len())
		for i := range out {
			out[i] = jsonValue(v.Index(i))
		}
		return out
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return v.Uint()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int()
	default:
		return v.Interface()
	}
}

// eventJobID is the jobId argument of an event that has one.
func eventJobID(ev chain.Event) (uint64, bool) {
	v := reflect.ValueOf(ev)
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return 0, false
	}
	f := v.FieldByName("JobId")
	if !f.IsValid() || f.Type() != bigIntType || f.IsNil() {
		return 0, false
	}
	id := f.Interface().(*big.Int)
	if !id.IsUint64() {
		return 0, false
	}
	return id.Uint64(), true
}
