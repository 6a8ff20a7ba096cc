package index

import (
	"bytes"
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/pond-compute/pond/keepers/state"
)

// randomFill sets every exported field of the value v points to (recursively) to a random value,
// nil pointers and slices among them: a field added to state.Job is filled too, so that
// appendJob missing it fails TestAppendJobIsJSONMarshal.
func randomFill(r *rand.Rand, v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if r.IntN(4) == 0 {
			v.Set(reflect.Zero(v.Type()))
			return
		}
		if v.Type() == reflect.TypeFor[*big.Int]() {
			raw := make([]byte, r.IntN(33))
			for i := range raw {
				raw[i] = byte(r.Uint32())
			}
			x := new(big.Int).SetBytes(raw)
			if r.IntN(8) == 0 {
				x.Neg(x)
			}
			v.Set(reflect.ValueOf(x))
			return
		}
		p := reflect.New(v.Type().Elem())
		randomFill(r, p.Elem())
		v.Set(p)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				randomFill(r, v.Field(i))
			}
		}
	case reflect.Slice:
		if r.IntN(3) == 0 {
			v.Set(reflect.Zero(v.Type()))
			return
		}
		s := reflect.MakeSlice(v.Type(), r.IntN(4), r.IntN(4)+4)
		for i := range s.Len() {
			randomFill(r, s.Index(i))
		}
		v.Set(s)
	case reflect.Array:
		for i := range v.Len() {
			randomFill(r, v.Index(i))
		}
	case reflect.String:
		// Plain inputs, and what needs escaping: quotes, backslashes, control and HTML
		// characters, other scripts, invalid UTF-8.
		pieces := []string{"moo", `{"Message":"moo 7"}`, `a\b`, "\n\t\x00\x1f", "<&>", "é✓", "\xff\xfe", "\u2028", " "}
		var b []byte
		for range r.IntN(6) {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
		v.SetString(string(b))
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 0)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		x := r.Uint64()
		if r.IntN(3) == 0 {
			x = 0
		}
		v.SetUint(x) // truncated to the field's width
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(r.Uint64()) >> (64 - v.Type().Bits()))
	default:
		panic("randomFill: no case for " + v.Type().String())
	}
}

// TestAppendJobIsJSONMarshal: appendJob writes the fields json.Marshal writes, with the same
// values: the same keys and values read back generically, and the same job read back into a
// state.Job, for jobs with every field random (nil pointers, strings needing escapes).
func TestAppendJobIsJSONMarshal(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	generic := func(raw []byte) any {
		d := json.NewDecoder(bytes.NewReader(raw))
		d.UseNumber()
		var v any
		if err := d.Decode(&v); err != nil {
			t.Fatalf("%v in %s", err, raw)
		}
		return v
	}
	for i := range 2000 {
		var j state.Job
		randomFill(r, reflect.ValueOf(&j).Elem())
		want, err := json.Marshal(&j)
		if err != nil {
			t.Fatal(err)
		}
		got := appendJob(nil, &j)
		gw, gg := generic(want), generic(got)
		if !reflect.DeepEqual(gw, gg) {
			t.Fatalf("job %d:\njson.Marshal: %s\nappendJob:    %s", i, want, got)
		}
		var a, b state.Job
		if err := json.Unmarshal(want, &a); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(got, &b); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("job %d reads back otherwise:\n%+v\n%+v", i, a, b)
		}
	}
}
