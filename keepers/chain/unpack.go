package chain

import (
	"errors"
	"fmt"
	"math/big"
	"reflect"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/core/types"
)

// unpacker decodes one event's logs into the binding's struct, giving what the binding's
// Unpack<Name>Event gives (TestUnpackerMatchesTheBindings), but with the struct field of every
// argument found once instead of by name in every log: the index decodes every event of a
// market's history, and abigen's generic path spends most of its time matching names.
type unpacker struct {
	typ       reflect.Type  // the binding's event struct
	data      abi.Arguments // the non-indexed arguments, in data order
	dataField []int         // the struct field of each
	topics    abi.Arguments // the indexed arguments, in topic order
	topicFld  []int
	raw       int // the Raw *types.Log field
}

var logPtrType = reflect.TypeFor[*types.Log]()

// newUnpacker builds the unpacker of event ev into the binding struct typ; an error means
// the binding maps arguments to fields in a way it does not follow (use the binding then).
func newUnpacker(ev abi.Event, typ reflect.Type) (*unpacker, error) {
	if typ.Kind() != reflect.Struct {
		return nil, fmt.Errorf("%s: %v is not a struct", ev.Name, typ)
	}
	u := &unpacker{typ: typ, raw: -1}
	taken := map[int]bool{}
	for i, arg := range ev.Inputs {
		name := abi.ToCamelCase(arg.Name)
		f, ok := typ.FieldByName(name)
		if name == "" || !ok || len(f.Index) != 1 || taken[f.Index[0]] || f.Tag.Get("abi") != "" {
			return nil, fmt.Errorf("%s: argument %d (%q) has no field of its own", ev.Name, i, arg.Name)
		}
		taken[f.Index[0]] = true
		if arg.Indexed {
			if arg.Type.T == abi.TupleTy || arg.Type.T == abi.FunctionTy {
				return nil, fmt.Errorf("%s: indexed %s", ev.Name, arg.Type)
			}
			u.topics, u.topicFld = append(u.topics, arg), append(u.topicFld, f.Index[0])
		} else {
			u.data, u.dataField = append(u.data, arg), append(u.dataField, f.Index[0])
		}
	}
	// abigen copies a lone argument into the struct's first field.
	if len(ev.Inputs) == 1 && len(u.data) == 1 {
		u.dataField[0] = 0
	}
	if f, ok := typ.FieldByName("Raw"); ok && f.Type == logPtrType && len(f.Index) == 1 {
		u.raw = f.Index[0]
	}
	return u, nil
}

// unpack decodes l, already known to be this event's (its first topic).
func (u *unpacker) unpack(l *types.Log) (any, error) {
	out := reflect.New(u.typ)
	v := out.Elem()
	if len(l.Data) > 0 {
		values, err := u.data.UnpackValues(l.Data)
		if err != nil {
			return nil, err
		}
		if len(values) != len(u.data) {
			return nil, errors.New("abi: attempting to copy no values while arguments are expected")
		}
		for i, val := range values {
			if err := assign(v.Field(u.dataField[i]), reflect.ValueOf(val)); err != nil {
				return nil, err
			}
		}
	}
	if len(l.Topics)-1 != len(u.topics) {
		return nil, errors.New("topic/field count mismatch")
	}
	if len(u.topics) > 0 {
		parsed := make(map[string]any, len(u.topics))
		if err := abi.ParseTopicsIntoMap(parsed, u.topics, l.Topics[1:]); err != nil {
			return nil, err
		}
		for i, arg := range u.topics {
			v.Field(u.topicFld[i]).Set(reflect.ValueOf(parsed[arg.Name]))
		}
	}
	if u.raw >= 0 {
		v.Field(u.raw).Set(reflect.ValueOf(l))
	}
	return out.Interface(), nil
}

var bigIntElem = reflect.TypeFor[big.Int]()

// assign sets dst to src as go-ethereum's abi package does when it copies unpacked values
// into a struct: assignable values directly, tuples field by field in order, slices and
// arrays element by element.
func assign(dst, src reflect.Value) error {
	dt, st := dst.Type(), src.Type()
	switch {
	case dt.Kind() == reflect.Pointer && dt.Elem() != bigIntElem:
		if dst.IsNil() {
			dst.Set(reflect.New(dt.Elem()))
		}
		return assign(dst.Elem(), src)
	case st.AssignableTo(dt):
		dst.Set(src)
	case dt.Kind() == reflect.Slice && st.Kind() == reflect.Slice:
		s := reflect.MakeSlice(dt, src.Len(), src.Len())
		for i := range src.Len() {
			if err := assign(s.Index(i), src.Index(i)); err != nil {
				return err
			}
		}
		dst.Set(s)
	case dt.Kind() == reflect.Array && (st.Kind() == reflect.Array || st.Kind() == reflect.Slice):
		a := reflect.New(dt).Elem()
		for i := range min(src.Len(), dst.Len()) {
			if err := assign(a.Index(i), src.Index(i)); err != nil {
				return err
			}
		}
		dst.Set(a)
	case dt.Kind() == reflect.Struct && st.Kind() == reflect.Struct && dt.NumField() >= st.NumField():
		for i := range st.NumField() {
			if err := assign(dst.Field(i), src.Field(i)); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("abi: cannot unmarshal %v in to %v", st, dt)
	}
	return nil
}
