package index

import (
	"database/sql"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"reflect"
	"syscall"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/state"
)

// The writer this package had before it was made fast, kept as the reference the fast one
// must match row for row: one row per statement, each job, offer, ... and the events'
// arguments through encoding/json.

// ReferenceStore is x written through the reference writer.
func ReferenceStore(x *Index) state.Store { return referenceStore{x} }

type referenceStore struct{ *Index }

func (s referenceStore) Commit(c state.Changes, events []follow.Event[chain.Event], pos follow.Position) error {
	return s.commit(pos, func(tx *sql.Tx) error {
		if err := referenceWriteEvents(tx, events); err != nil {
			return err
		}
		return referenceWriteChanges(tx, c)
	}, c)
}

// CrashingStore is x until its n-th commit, in which it writes every row and then kills the
// process (SIGKILL) before the transaction commits: a crash in the middle of a batch.
func CrashingStore(x *Index, n int) state.Store { return &crashingStore{Index: x, n: n} }

type crashingStore struct {
	*Index
	n, commits int
}

func (s *crashingStore) Commit(c state.Changes, events []follow.Event[chain.Event], pos follow.Position) error {
	s.commits++
	return s.commit(pos, func(tx *sql.Tx) error {
		err := errors.Join(writeEvents(tx, &s.hex, events), writeChanges(tx, &s.hex, c))
		if s.commits == s.n {
			fmt.Fprintf(os.Stderr, "crashing in commit %d (to block %d, %d events) before it commits\n", s.n, pos.Block, len(events))
			_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
			select {} // the signal ends the process
		}
		return err
	}, c)
}

// ReferenceArgs is the JSON of an event's arguments as the reference writer wrote it.
func ReferenceArgs(ev chain.Event) ([]byte, error) {
	return json.Marshal(referenceJSONValue(reflect.ValueOf(ev)))
}

// AppendArgs is appendArgs, for the tests.
func AppendArgs(buf []byte, ev chain.Event) []byte { return appendArgs(buf, ev) }

func referenceJSONValue(v reflect.Value) any {
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
		return referenceJSONValue(v.Elem())
	case reflect.Struct:
		out := map[string]any{}
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if !f.IsExported() || f.Name == "Raw" {
				continue
			}
			out[f.Name] = referenceJSONValue(v.Field(i))
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
			out[i] = referenceJSONValue(v.Index(i))
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

func referenceJobID(ev chain.Event) (uint64, bool) {
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

func referenceWriteEvents(tx *sql.Tx, events []follow.Event[chain.Event]) error {
	for _, ev := range events {
		args, err := ReferenceArgs(ev.Value)
		if err != nil {
			return err
		}
		var jobID any
		if id, ok := referenceJobID(ev.Value); ok {
			jobID = int64(id)
		}
		var topics []byte
		for _, t := range ev.Log.Topics {
			topics = append(topics, t[:]...)
		}
		data := ev.Log.Data
		if data == nil {
			data = []byte{}
		}
		if topics == nil {
			topics = []byte{}
		}
		if _, err := tx.Exec(`INSERT INTO events(block, log_index, tx_hash, contract, name, job_id, args, topics, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			int64(ev.Log.BlockNumber), int64(ev.Log.Index), ev.Log.TxHash[:], ev.Log.Address.Hex(),
			chain.EventName(ev.Value), jobID, string(args), topics, data); err != nil {
			return err
		}
	}
	return nil
}

func referenceWriteChanges(tx *sql.Tx, c state.Changes) error {
	enc := func(v any) string {
		raw, err := json.Marshal(v)
		if err != nil {
			panic(err)
		}
		return string(raw)
	}
	put := func(query string, args ...any) error {
		_, err := tx.Exec(query, args...)
		return err
	}
	var errs []error
	for _, j := range c.Jobs {
		var provider any
		if j.Provider != (common.Address{}) {
			provider = j.Provider.Hex()
		}
		errs = append(errs, put(`INSERT OR REPLACE INTO jobs(id, status, creator, provider, module_id, token, posted_block, updated_block, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			int64(j.ID), int(j.Status), j.Creator.Hex(), provider, int64(j.ModuleID), j.Token.Hex(), int64(j.PostedBlock), int64(j.UpdatedBlock), enc(&j)))
	}
	for _, o := range c.Offers {
		errs = append(errs, put(`INSERT OR REPLACE INTO offers(id, provider, token, live, data) VALUES (?, ?, ?, ?, ?)`,
			int64(o.ID), o.Provider.Hex(), o.Token.Hex(), o.Live(), enc(&o)))
	}
	for _, md := range c.Mediations {
		errs = append(errs, put(`INSERT OR REPLACE INTO mediations(job_id, open, data) VALUES (?, ?, ?)`, int64(md.JobID), md.Open, enc(&md)))
	}
	for _, b := range c.Balances {
		errs = append(errs, put(`INSERT OR REPLACE INTO balances(account, token, amount) VALUES (?, ?, ?)`, b.Account.Hex(), b.Token.Hex(), b.Amount.String()))
	}
	for _, m := range c.Mediators {
		errs = append(errs, put(`INSERT OR REPLACE INTO mediators(address, data) VALUES (?, ?)`, m.Address.Hex(), enc(&m)))
	}
	for _, m := range c.Modules {
		errs = append(errs, put(`INSERT OR REPLACE INTO modules(id, name_version, data) VALUES (?, ?, ?)`, int64(m.ID), m.NameVersion, enc(&m)))
	}
	for _, tk := range c.Tokens {
		errs = append(errs, put(`INSERT OR REPLACE INTO tokens(address, data) VALUES (?, ?)`, tk.Address.Hex(), enc(&tk)))
	}
	for id, members := range c.Committees {
		errs = append(errs, put(`INSERT OR REPLACE INTO committees(id, members) VALUES (?, ?)`, int64(id), enc(members)))
	}
	return errors.Join(errs...)
}
