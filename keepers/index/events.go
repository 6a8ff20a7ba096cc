package index

import (
	"encoding"
	"encoding/json"
	"math/big"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pond-compute/pond/keepers/chain"
)

var (
	bigIntType      = reflect.TypeFor[*big.Int]()
	textMarshalType = reflect.TypeFor[encoding.TextMarshaler]()
)

// appendArgs appends the JSON object of a decoded event's arguments: a field per argument,
// named as the binding names it (JobId, Request.Price, ...), keys in sorted order; integers of
// any size as decimal strings, addresses and hashes as hex, byte arrays as 0x hex. The raw log
// is left out (the events table has its block, index and transaction). The bytes are those
// encoding/json gives for the same object (TestEventArgsAreCanonicalJSON), written without
// building it: each type's encoder is worked out once.
func appendArgs(buf []byte, ev chain.Event) []byte {
	v := reflect.ValueOf(ev)
	if !v.IsValid() {
		return append(buf, "null"...)
	}
	return encoderOf(v.Type())(buf, v)
}

// encodeFunc appends the JSON of v, a value of the type it was built for.
type encodeFunc func(buf []byte, v reflect.Value) []byte

var encoders sync.Map // reflect.Type → encodeFunc

func encoderOf(t reflect.Type) encodeFunc {
	if f, ok := encoders.Load(t); ok {
		return f.(encodeFunc)
	}
	// A recursive type finds this indirection in the cache while its encoder is being built;
	// another goroutine encoding the same type for the first time finds it too, and waits until
	// the encoder is built (calling it earlier would call a nil function).
	var built encodeFunc
	ready := make(chan struct{})
	f, loaded := encoders.LoadOrStore(t, encodeFunc(func(buf []byte, v reflect.Value) []byte {
		<-ready
		return built(buf, v)
	}))
	if loaded {
		return f.(encodeFunc)
	}
	built = newEncoder(t)
	close(ready)
	encoders.Store(t, built)
	return built
}

func newEncoder(t reflect.Type) encodeFunc {
	if t == bigIntType {
		return func(buf []byte, v reflect.Value) []byte {
			if v.IsNil() {
				return append(buf, "null"...)
			}
			buf = append(buf, '"')
			if x := v.Interface().(*big.Int); x.IsUint64() {
				buf = strconv.AppendUint(buf, x.Uint64(), 10)
			} else {
				buf = x.Append(buf, 10)
			}
			return append(buf, '"')
		}
	}
	byKind := kindEncoder(t)
	if t.Kind() != reflect.Pointer && t.Implements(textMarshalType) {
		return func(buf []byte, v reflect.Value) []byte {
			if raw, err := v.Interface().(encoding.TextMarshaler).MarshalText(); err == nil {
				return appendString(buf, string(raw))
			}
			return byKind(buf, v)
		}
	}
	return byKind
}

func kindEncoder(t reflect.Type) encodeFunc {
	switch t.Kind() {
	case reflect.Pointer:
		elem := encoderOf(t.Elem())
		return func(buf []byte, v reflect.Value) []byte {
			if v.IsNil() {
				return append(buf, "null"...)
			}
			return elem(buf, v.Elem())
		}
	case reflect.Interface:
		return func(buf []byte, v reflect.Value) []byte {
			if v.IsNil() {
				return append(buf, "null"...)
			}
			e := v.Elem()
			return encoderOf(e.Type())(buf, e)
		}
	case reflect.Struct:
		type field struct {
			index     int
			name, key string // key: "name":
			enc       encodeFunc
		}
		var fields []field
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() || f.Name == "Raw" {
				continue
			}
			fields = append(fields, field{index: i, name: f.Name, key: string(appendString(nil, f.Name)) + ":", enc: encoderOf(f.Type)})
		}
		slices.SortFunc(fields, func(a, b field) int { return strings.Compare(a.name, b.name) })
		return func(buf []byte, v reflect.Value) []byte {
			buf = append(buf, '{')
			for i, f := range fields {
				if i > 0 {
					buf = append(buf, ',')
				}
				buf = append(buf, f.key...)
				buf = f.enc(buf, v.Field(f.index))
			}
			return append(buf, '}')
		}
	case reflect.Array, reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return func(buf []byte, v reflect.Value) []byte {
				var b []byte
				if v.Kind() == reflect.Slice {
					b = v.Bytes()
				} else {
					b = make([]byte, v.Len())
					reflect.Copy(reflect.ValueOf(b), v)
				}
				buf = append(buf, '"')
				buf = append(buf, hexutil.Encode(b)...)
				return append(buf, '"')
			}
		}
		elem := encoderOf(t.Elem())
		return func(buf []byte, v reflect.Value) []byte {
			buf = append(buf, '[')
			for i := range v.Len() {
				if i > 0 {
					buf = append(buf, ',')
				}
				buf = elem(buf, v.Index(i))
			}
			return append(buf, ']')
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return func(buf []byte, v reflect.Value) []byte { return strconv.AppendUint(buf, v.Uint(), 10) }
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return func(buf []byte, v reflect.Value) []byte { return strconv.AppendInt(buf, v.Int(), 10) }
	case reflect.Bool:
		return func(buf []byte, v reflect.Value) []byte { return strconv.AppendBool(buf, v.Bool()) }
	case reflect.String:
		return func(buf []byte, v reflect.Value) []byte { return appendString(buf, v.String()) }
	default: // no event argument has another kind; encoding/json says what it would
		return func(buf []byte, v reflect.Value) []byte {
			raw, err := json.Marshal(v.Interface())
			if err != nil {
				return append(buf, "null"...)
			}
			return append(buf, raw...)
		}
	}
}

// appendString appends s as encoding/json writes a string (HTML characters escaped): a string of
// plain printable ASCII is copied between quotes, anything else goes through encoding/json.
func appendString(buf []byte, s string) []byte {
	for i := range len(s) {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			raw, _ := json.Marshal(s) // a string always encodes
			return append(buf, raw...)
		}
	}
	buf = append(buf, '"')
	buf = append(buf, s...)
	return append(buf, '"')
}

var jobIDFields sync.Map // reflect.Type → field index of JobId (-1: none)

// eventJobID is the jobId argument of an event that has one.
func eventJobID(ev chain.Event) (uint64, bool) {
	v := reflect.ValueOf(ev)
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return 0, false
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return 0, false
	}
	idx, ok := jobIDFields.Load(v.Type())
	if !ok {
		i := -1
		if f, found := v.Type().FieldByName("JobId"); found && f.Type == bigIntType && len(f.Index) == 1 {
			i = f.Index[0]
		}
		jobIDFields.Store(v.Type(), i)
		idx = i
	}
	if idx.(int) < 0 {
		return 0, false
	}
	f := v.Field(idx.(int))
	if f.IsNil() {
		return 0, false
	}
	id := f.Interface().(*big.Int)
	if !id.IsUint64() {
		return 0, false
	}
	return id.Uint64(), true
}
