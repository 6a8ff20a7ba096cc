// Package index is the on-disk index of a Pond market: every event of its contracts (with
// block, transaction and decoded arguments), the current state of every job, offer, mediation,
// balance, mediator, module, committee and token, and the block it is complete to.
//
// It is an embedded SQLite database (modernc.org/sqlite, pure Go) written by the market view
// (state.Tracker) one batch of confirmed blocks per transaction (a range read from the node, or
// a few thousand events of it), so it is always consistent at a block boundary: a keeper
// restarted on it, even one killed in the middle of a batch, resumes from that block instead of
// replaying history, and deleting the file rebuilds the same content. The WAL journal with
// synchronous=NORMAL makes every commit survive a crash of the process; a power loss may
// undo the last commits, never half of one, and the view then resumes from an earlier block. The keepers, `pond job show|why`,
// `pond deal show`, and the auditors' and explorer's reads share this one component: open the
// file (several processes may read it while one writes) and query it with the methods below,
// or with SQL (the schema is in schema.sql, stable within a schema version).
package index

import (
	"cmp"
	"database/sql"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"modernc.org/sqlite" // registers the "sqlite" driver
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/state"
)

//go:embed schema.sql
var schema string

// SchemaVersion changes whenever the schema or the meaning of a column does; an index of
// another version is rebuilt.
//
// 3: issue 8 (no credits table; votes, committees and jobs as the new contracts have them).
// 4: a job whose delivery was deferred keeps its delivery gas price (state.Job.DeliveryGasPrice).
// 5: mediators' fees are earnings kept by the registry (state.Mediator.Earnings), their money
// on the registry's balance, no longer on each mediator's.
const SchemaVersion = 5

// Sentinel errors.
var (
	ErrOtherDeployment = errors.New("index: the file indexes another deployment")
	ErrOtherWriter     = errors.New("index: another process advanced the index")
	ErrNotFound        = errors.New("index: not found")
	// ErrNotAllEvents: the file is a keeper's view index (OpenView), which does not keep every
	// event, and the read needs them.
	ErrNotAllEvents = errors.New("index: the file is a keeper's market index, which keeps only the events it reads back, not every event (name another --index)")
)

// Index is an open index file.
type Index struct {
	db   *sql.DB
	path string
	d    chain.Deployment
	// block is the position this process last loaded or committed; a commit that finds
	// another one in the file refuses to write (ErrOtherWriter).
	block *uint64
	hex   hexCache // of the writer (Commit)
	// allEvents: the events table keeps every event (else only those readBack keeps).
	allEvents bool
}

// Open opens (creating it if needed) the index of deployment d at path. A file of another
// schema version is emptied; a file of another deployment is refused. A file it creates keeps
// every event; an existing file keeps what it was created to keep (see OpenView).
func Open(path string, d chain.Deployment) (*Index, error) { return open(path, d, true) }

// OpenView opens the index of a keeper's market view: as Open, but a file it creates keeps in
// its events table only the events the index reads back itself (readBack: CallbackDeferred,
// which Load reads to find deferred deliveries), not every event. A keeper reads the state
// tables only (its live view, and jobs, offers and mediations that left memory), so writing
// every event, with its arguments, topics and data, was about half the cost of a keeper's index
// for rows nobody read. Reads that need every event (Timeline, EventsAfter, EventsWhere,
// CountEvents, LogsWhere; the audit and the explorer) refuse such a file with
// ErrNotAllEvents. An existing file keeps what it was created to keep.
func OpenView(path string, d chain.Deployment) (*Index, error) { return open(path, d, false) }

// AllEvents reports whether the file keeps every event (false: a keeper's view index).
func (x *Index) AllEvents() bool { return x.allEvents }

func open(path string, d chain.Deployment, allEvents bool) (*Index, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("index: %w", err)
	}
	dsn := "file:" + path + "?_pragma=busy_timeout(" + strconv.FormatInt(busyTimeout.Milliseconds(), 10) + ")&_txlock=immediate&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)&_pragma=cache_size(-16384)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", path, err)
	}
	x := &Index{db: db, path: path, d: d, allEvents: allEvents}
	// The first connections to a new file switch it to WAL, which another process doing the
	// same at that moment refuses at once (SQLITE_BUSY, whatever the busy timeout): such an
	// open is tried again, for as long as the busy timeout would have waited.
	for deadline := time.Now().Add(busyTimeout); ; {
		err := x.init()
		if err == nil {
			return x, nil
		}
		var se *sqlite.Error
		if !errors.As(err, &se) || se.Code()&0xff != sqlite3.SQLITE_BUSY || time.Now().After(deadline) {
			db.Close()
			return nil, fmt.Errorf("index %s: %w", path, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// busyTimeout is how long a statement waits for another process's lock on the file.
const busyTimeout = 10 * time.Second

// Path is the file's path.
func (x *Index) Path() string { return x.path }

// DB is the database, for queries the methods do not cover (read only: the view writes it).
func (x *Index) DB() *sql.DB { return x.db }

// Close closes the file.
func (x *Index) Close() error { return x.db.Close() }

func (x *Index) init() error {
	// A reader opening the file while the view writes it must not write (a write would stop
	// the view's commit): it only reads what is already there.
	var version int
	if err := x.db.QueryRow("PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if version != SchemaVersion {
		if version != 0 {
			if err := x.dropAll(); err != nil {
				return err
			}
		}
		if _, err := x.db.Exec(schema); err != nil {
			return fmt.Errorf("create schema: %w", err)
		}
		if _, err := x.db.Exec(fmt.Sprintf("PRAGMA user_version = %d", SchemaVersion)); err != nil {
			return err
		}
	}
	want := map[string]string{
		"chain_id": strconv.FormatUint(x.d.ChainID, 10), "market": x.d.Market.Hex(),
		"deploy_block": strconv.FormatUint(x.d.DeployBlock, 10),
	}
	for k, v := range want {
		// Another process may be opening the new file too: the first to write a key wins,
		// and both compare with what is there.
		if _, ok, err := x.meta(x.db, k); err != nil {
			return err
		} else if !ok {
			if _, err := x.db.Exec("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING", k, v); err != nil {
				return err
			}
		}
		got, _, err := x.meta(x.db, k)
		if err != nil {
			return err
		}
		if got != v {
			return fmt.Errorf("%w: its %s is %s, this deployment's is %s (delete the file or name another --index)", ErrOtherDeployment, k, got, v)
		}
	}
	// Which events the file keeps is fixed when it is created: a file that holds a position
	// but no such key was written before keepers' indexes existed, with every event.
	if _, ok, err := x.meta(x.db, "events"); err != nil {
		return err
	} else if !ok {
		kind := eventsAll
		if _, indexed, err := x.meta(x.db, "block"); err != nil {
			return err
		} else if !indexed && !x.allEvents {
			kind = eventsReadBack
		}
		if _, err := x.db.Exec("INSERT INTO meta(key, value) VALUES ('events', ?) ON CONFLICT(key) DO NOTHING", kind); err != nil {
			return err
		}
	}
	kind, _, err := x.meta(x.db, "events")
	if err != nil {
		return err
	}
	x.allEvents = kind != eventsReadBack
	return nil
}

// The meta value "events": what the events table keeps.
const (
	eventsAll      = "all"
	eventsReadBack = "read-back"
)

// readBack reports whether an index that does not keep every event keeps ev: the events the
// index reads back itself (Load's query of deferred deliveries).
func readBack(ev chain.Event) bool {
	_, ok := ev.(*bindings.PondMarketCallbackDeferred)
	return ok
}

func (x *Index) dropAll() error {
	rows, err := x.db.Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
	if err != nil {
		return err
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return err
		}
		names = append(names, n)
	}
	rows.Close()
	for _, n := range names {
		if _, err := x.db.Exec("DROP TABLE " + n); err != nil {
			return err
		}
	}
	return nil
}

type querier interface {
	QueryRow(query string, args ...any) *sql.Row
}

func (x *Index) meta(q querier, key string) (string, bool, error) {
	var v string
	err := q.QueryRow("SELECT value FROM meta WHERE key = ?", key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	return v, err == nil, err
}

func (x *Index) metaUint(q querier, key string) (uint64, bool, error) {
	v, ok, err := x.meta(q, key)
	if err != nil || !ok {
		return 0, ok, err
	}
	n, err := strconv.ParseUint(v, 10, 64)
	return n, true, err
}

// Position is the block the index is complete to (every event up to the end of that block
// applied), or nil for an empty index.
func (x *Index) Position() (*follow.Position, error) {
	block, ok, err := x.metaUint(x.db, "block")
	if err != nil || !ok {
		return nil, err
	}
	hash, _, err := x.meta(x.db, "block_hash")
	if err != nil {
		return nil, err
	}
	return &follow.Position{Block: block, BlockHash: common.HexToHash(hash), Index: follow.EndOfBlock}, nil
}

// usableCommittees is the meta value of the committees that can judge new deals: a JSON list.
func usableCommittees(ids []uint32) string {
	raw, _ := json.Marshal(ids) // a list of numbers always marshals
	return string(raw)
}

// Reset empties the index of everything but its deployment (before a rebuild).
func (x *Index) Reset() error {
	tx, err := x.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, t := range []string{"events", "jobs", "offers", "mediations", "balances", "mediators", "modules", "committees", "tokens"} {
		if _, err := tx.Exec("DELETE FROM " + t); err != nil {
			return fmt.Errorf("index: reset %s: %w", t, err)
		}
	}
	if _, err := tx.Exec("DELETE FROM meta WHERE key NOT IN ('chain_id', 'market', 'deploy_block', 'events')"); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("index: reset: %w", err)
	}
	x.block = nil
	return nil
}

// Commit writes one batch of blocks: its events, the objects they changed and the position
// at its end, in one transaction, several rows per statement. It refuses (ErrOtherWriter) when the file is no longer where
// this process left it.
func (x *Index) Commit(c state.Changes, events []follow.Event[chain.Event], pos follow.Position) error {
	if !x.allEvents {
		kept := events[:0:0]
		for _, ev := range events {
			if readBack(ev.Value) {
				kept = append(kept, ev)
			}
		}
		events = kept
	}
	return x.commit(pos, func(tx *sql.Tx) error {
		if err := writeEvents(tx, &x.hex, events); err != nil {
			return err
		}
		return writeChanges(tx, &x.hex, c)
	}, c)
}

// commit runs writeRows and moves the position to pos in one transaction.
func (x *Index) commit(pos follow.Position, writeRows func(*sql.Tx) error, c state.Changes) error {
	tx, err := x.db.Begin()
	if err != nil {
		return fmt.Errorf("index: begin: %w", err)
	}
	defer tx.Rollback()
	cur, ok, err := x.metaUint(tx, "block")
	if err != nil {
		return err
	}
	if ok != (x.block != nil) || (ok && cur != *x.block) {
		return fmt.Errorf("%w (file at block %d)", ErrOtherWriter, cur)
	}
	if err := writeRows(tx); err != nil {
		return err
	}
	for k, v := range map[string]string{
		"block": strconv.FormatUint(pos.Block, 10), "block_hash": pos.BlockHash.Hex(),
		"job_count": strconv.FormatUint(c.JobCount, 10), "default_committee": strconv.FormatUint(uint64(c.DefaultCommittee), 10),
		"usable_committees": usableCommittees(c.UsableCommittees),
	} {
		if _, err := tx.Exec("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", k, v); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("index: commit block %d: %w", pos.Block, err)
	}
	b := pos.Block
	x.block = &b
	return nil
}

// batchRows is how many rows one INSERT statement writes: fewer statements, less overhead per
// row.
const batchRows = 32

// insert writes n rows (row(i, values) appends row i's cols values) with the statement
// head VALUES (...), (...) tail, batchRows rows at a time and the rest one by one, in order.
func insert(tx *sql.Tx, head, tail string, cols, n int, row func(i int, values []any) []any) error {
	if n == 0 {
		return nil
	}
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", cols), ", ") + ")"
	stmts := map[int]*sql.Stmt{}
	defer func() {
		for _, st := range stmts {
			st.Close()
		}
	}()
	values := make([]any, 0, cols*batchRows)
	for start := 0; start < n; {
		k := batchRows
		if n-start < batchRows {
			k = 1
		}
		stmt := stmts[k]
		if stmt == nil {
			var err error
			if stmt, err = tx.Prepare(head + " VALUES " + strings.Repeat(one+", ", k-1) + one + " " + tail); err != nil {
				return err
			}
			stmts[k] = stmt
		}
		values = values[:0]
		for i := start; i < start+k; i++ {
			values = row(i, values)
		}
		if _, err := stmt.Exec(values...); err != nil {
			return fmt.Errorf("index: %s (rows %d-%d): %w", head, start, start+k-1, err)
		}
		start += k
	}
	return nil
}

func writeEvents(tx *sql.Tx, hex *hexCache, events []follow.Event[chain.Event]) error {
	var args []byte
	return insert(tx, `INSERT INTO events(block, log_index, tx_hash, contract, name, job_id, args, topics, data)`, "", 9, len(events),
		func(i int, values []any) []any {
			ev := &events[i]
			args = appendArgs(args[:0], ev.Value)
			var jobID any
			if id, ok := eventJobID(ev.Value); ok {
				jobID = int64(id)
			}
			topics := make([]byte, 0, 32*len(ev.Log.Topics))
			for _, t := range ev.Log.Topics {
				topics = append(topics, t[:]...)
			}
			data := ev.Log.Data
			if data == nil {
				data = []byte{}
			}
			return append(values, int64(ev.Log.BlockNumber), int64(ev.Log.Index), ev.Log.TxHash[:], hex.of(ev.Log.Address),
				chain.EventName(ev.Value), jobID, string(args), topics, data)
		})
}

// hexCache remembers the checksummed hex of addresses: a market's events and jobs name the
// same few contracts, creators, providers and tokens over and over.
type hexCache map[common.Address]string

func (h *hexCache) of(a common.Address) string {
	if s, ok := (*h)[a]; ok {
		return s
	}
	if *h == nil || len(*h) >= 4096 {
		*h = make(hexCache)
	}
	s := a.Hex()
	(*h)[a] = s
	return s
}

func writeChanges(tx *sql.Tx, hex *hexCache, c state.Changes) error {
	// In key order, so that new rows are appended to their tables rather than split pages.
	slices.SortFunc(c.Jobs, func(a, b state.Job) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(c.Offers, func(a, b state.Offer) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(c.Mediations, func(a, b state.Mediation) int { return cmp.Compare(a.JobID, b.JobID) })
	var encErr error
	enc := func(v any) string {
		raw, err := json.Marshal(v)
		if err != nil && encErr == nil {
			encErr = err
		}
		return string(raw)
	}
	var jobBuf []byte
	committees := slices.Sorted(maps.Keys(c.Committees))
	err := errors.Join(
		insert(tx, `INSERT OR REPLACE INTO jobs(id, status, creator, provider, module_id, token, posted_block, updated_block, data)`, "",
			9, len(c.Jobs), func(i int, values []any) []any {
				j := &c.Jobs[i]
				jobBuf = appendJob(jobBuf[:0], j)
				var provider any
				if j.Provider != (common.Address{}) {
					provider = hex.of(j.Provider)
				}
				return append(values, int64(j.ID), int(j.Status), hex.of(j.Creator), provider, int64(j.ModuleID), hex.of(j.Token), int64(j.PostedBlock), int64(j.UpdatedBlock), string(jobBuf))
			}),
		insert(tx, `INSERT OR REPLACE INTO offers(id, provider, token, live, data)`, "", 5, len(c.Offers), func(i int, values []any) []any {
			o := &c.Offers[i]
			return append(values, int64(o.ID), hex.of(o.Provider), hex.of(o.Token), o.Live(), enc(o))
		}),
		insert(tx, `INSERT OR REPLACE INTO mediations(job_id, open, data)`, "", 3, len(c.Mediations), func(i int, values []any) []any {
			md := &c.Mediations[i]
			return append(values, int64(md.JobID), md.Open, enc(md))
		}),
		insert(tx, `INSERT OR REPLACE INTO balances(account, token, amount)`, "", 3, len(c.Balances), func(i int, values []any) []any {
			b := &c.Balances[i]
			return append(values, hex.of(b.Account), hex.of(b.Token), b.Amount.String())
		}),
		insert(tx, `INSERT OR REPLACE INTO mediators(address, data)`, "", 2, len(c.Mediators), func(i int, values []any) []any {
			return append(values, hex.of(c.Mediators[i].Address), enc(&c.Mediators[i]))
		}),
		insert(tx, `INSERT OR REPLACE INTO modules(id, name_version, data)`, "", 3, len(c.Modules), func(i int, values []any) []any {
			return append(values, int64(c.Modules[i].ID), c.Modules[i].NameVersion, enc(&c.Modules[i]))
		}),
		insert(tx, `INSERT OR REPLACE INTO tokens(address, data)`, "", 2, len(c.Tokens), func(i int, values []any) []any {
			return append(values, hex.of(c.Tokens[i].Address), enc(&c.Tokens[i]))
		}),
		insert(tx, `INSERT OR REPLACE INTO committees(id, members)`, "", 2, len(committees), func(i int, values []any) []any {
			return append(values, int64(committees[i]), enc(c.Committees[committees[i]]))
		}),
	)
	if err != nil {
		return err
	}
	return encErr
}

// Load rebuilds the live view from the index: live jobs, deferred deliveries, offers and
// mediations, and every balance, mediator, module, committee and token. The market looks up
// what it let go of in the index (its Archive). The position is nil for an empty index.
func (x *Index) Load() (*state.Market, *follow.Position, error) {
	pos, err := x.Position()
	if err != nil {
		return nil, nil, err
	}
	m := state.NewMarket(x.d.MediatorRegistry)
	m.SetArchive(x)
	if pos == nil {
		x.block = nil
		return m, nil, nil
	}
	b := pos.Block
	x.block = &b
	m.Block = pos.Block
	if m.JobCount, _, err = x.metaUint(x.db, "job_count"); err != nil {
		return nil, nil, err
	}
	dc, _, err := x.metaUint(x.db, "default_committee")
	if err != nil {
		return nil, nil, err
	}
	m.DefaultCommittee = uint32(dc)
	err = errors.Join(
		each(x.db, "SELECT data FROM jobs WHERE status BETWEEN ? AND ?", []any{int(state.StatusOpen), int(state.StatusChallenged)},
			func(j *state.Job) { m.Jobs[j.ID] = j }),
		// Deferred deliveries: read through the events index, so the cost follows the deliveries
		// ever deferred (rare), not the jobs.
		each(x.db, "SELECT data FROM jobs WHERE id IN (SELECT job_id FROM events WHERE name = 'CallbackDeferred')", nil,
			func(j *state.Job) {
				if j.CallbackDeferred && !j.Live() {
					m.Deferred[j.ID] = j
				}
			}),
		each(x.db, "SELECT data FROM offers WHERE live", nil, func(o *state.Offer) { m.Offers[o.ID] = o }),
		each(x.db, "SELECT data FROM mediations WHERE open", nil, func(md *state.Mediation) { m.Mediations[md.JobID] = md }),
		each(x.db, "SELECT data FROM mediators", nil, func(md *state.Mediator) { m.Mediators[md.Address] = md }),
		each(x.db, "SELECT data FROM modules", nil, func(md *state.Module) { m.Modules[md.ID] = md }),
		each(x.db, "SELECT data FROM tokens", nil, func(t *state.Token) { m.Tokens[t.Address] = t }),
	)
	if err != nil {
		return nil, nil, fmt.Errorf("index: load: %w", err)
	}
	bals, err := x.balances("SELECT account, token, amount FROM balances", nil)
	if err != nil {
		return nil, nil, err
	}
	for _, b := range bals {
		if m.Balances[b.Account] == nil {
			m.Balances[b.Account] = map[common.Address]*big.Int{}
		}
		m.Balances[b.Account][b.Token] = b.Amount
	}
	var usable []uint32
	if raw, ok, err := x.meta(x.db, "usable_committees"); err != nil {
		return nil, nil, err
	} else if ok && raw != "null" {
		if err := json.Unmarshal([]byte(raw), &usable); err != nil {
			return nil, nil, fmt.Errorf("index: usable committees: %w", err)
		}
	}
	for _, id := range usable {
		m.UsableCommittees[id] = true
	}
	rows, err := x.db.Query("SELECT id, members FROM committees")
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var raw string
		if err := rows.Scan(&id, &raw); err != nil {
			return nil, nil, err
		}
		var members []common.Address
		if err := json.Unmarshal([]byte(raw), &members); err != nil {
			return nil, nil, err
		}
		m.Committees[uint32(id)] = members
	}
	return m, pos, rows.Err()
}

func each[T any](db *sql.DB, query string, args []any, fn func(*T)) error {
	rows, err := db.Query(query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var raw string
		if err := rows.Scan(&raw); err != nil {
			return err
		}
		v := new(T)
		if err := json.Unmarshal([]byte(raw), v); err != nil {
			return fmt.Errorf("decode %T: %w", v, err)
		}
		fn(v)
	}
	return rows.Err()
}

func one[T any](db *sql.DB, query string, args ...any) (*T, error) {
	var raw string
	err := db.QueryRow(query, args...).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	v := new(T)
	if err := json.Unmarshal([]byte(raw), v); err != nil {
		return nil, fmt.Errorf("decode %T: %w", v, err)
	}
	return v, nil
}

func (x *Index) balances(query string, args []any) ([]state.Balance, error) {
	rows, err := x.db.Query(query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []state.Balance
	for rows.Next() {
		var acc, tok, amount string
		if err := rows.Scan(&acc, &tok, &amount); err != nil {
			return nil, err
		}
		a, ok := new(big.Int).SetString(amount, 10)
		if !ok {
			return nil, fmt.Errorf("index: balance of %s is %q", acc, amount)
		}
		out = append(out, state.Balance{Account: common.HexToAddress(acc), Token: common.HexToAddress(tok), Amount: a})
	}
	return out, rows.Err()
}

// ArchivedJob implements state.Archive.
func (x *Index) ArchivedJob(id uint64) (*state.Job, error) {
	return one[state.Job](x.db, "SELECT data FROM jobs WHERE id = ?", int64(id))
}

// ArchivedOffer implements state.Archive.
func (x *Index) ArchivedOffer(id uint64) (*state.Offer, error) {
	return one[state.Offer](x.db, "SELECT data FROM offers WHERE id = ?", int64(id))
}

// ArchivedMediation implements state.Archive.
func (x *Index) ArchivedMediation(jobID uint64) (*state.Mediation, error) {
	return one[state.Mediation](x.db, "SELECT data FROM mediations WHERE job_id = ?", int64(jobID))
}

// Dump writes every row of every table (meta included), each table in key order, one line per
// row: two indexes of the same chain up to the same block dump the same text.
func (x *Index) Dump(w io.Writer) error {
	tables := []struct{ name, order string }{
		{"meta", "key"}, {"events", "block, log_index"}, {"jobs", "id"}, {"offers", "id"}, {"mediations", "job_id"},
		{"balances", "account, token"}, {"mediators", "address"}, {"modules", "id"},
		{"committees", "id"}, {"tokens", "address"},
	}
	for _, t := range tables {
		rows, err := x.db.Query("SELECT * FROM " + t.name + " ORDER BY " + t.order)
		if err != nil {
			return err
		}
		cols, err := rows.Columns()
		if err != nil {
			rows.Close()
			return err
		}
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return err
			}
			fmt.Fprintf(w, "%s", t.name)
			for _, v := range vals {
				fmt.Fprintf(w, "\t%v", v)
			}
			fmt.Fprintln(w)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return err
		}
	}
	return nil
}
