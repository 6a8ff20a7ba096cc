package index

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/state"
)

// Job is job id as of the index's block, or ErrNotFound.
func (x *Index) Job(id uint64) (*state.Job, error) {
	j, err := x.ArchivedJob(id)
	if err == nil && j == nil {
		err = fmt.Errorf("%w: job %d", ErrNotFound, id)
	}
	return j, err
}

// JobQuery selects jobs; zero fields do not filter.
type JobQuery struct {
	Status   state.Status
	Creator  common.Address
	Provider common.Address
	// Deals selects only jobs that were matched (those with a provider).
	Deals bool
	// AfterID pages: only jobs with a larger id. Limit caps the answer (default 100).
	AfterID uint64
	Limit   int
	// Newest lists the newest first; BeforeID then pages: only jobs with a smaller id.
	Newest   bool
	BeforeID uint64
}

// Jobs lists the jobs the query selects, by id.
func (x *Index) Jobs(q JobQuery) ([]*state.Job, error) {
	var where []string
	args := []any{}
	if q.Status != state.StatusNone {
		where, args = append(where, "status = ?"), append(args, int(q.Status))
	}
	if q.Creator != (common.Address{}) {
		where, args = append(where, "creator = ?"), append(args, q.Creator.Hex())
	}
	if q.Provider != (common.Address{}) {
		where, args = append(where, "provider = ?"), append(args, q.Provider.Hex())
	}
	if q.Deals {
		where = append(where, "provider IS NOT NULL")
	}
	where, args = append(where, "id > ?"), append(args, int64(q.AfterID))
	order := "id"
	if q.Newest {
		order = "id DESC"
		if q.BeforeID != 0 {
			where, args = append(where, "id < ?"), append(args, int64(q.BeforeID))
		}
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 100
	}
	var out []*state.Job
	err := each(x.db, "SELECT data FROM jobs WHERE "+strings.Join(where, " AND ")+fmt.Sprintf(" ORDER BY %s LIMIT %d", order, limit), args,
		func(j *state.Job) { out = append(out, j) })
	return out, err
}

// CountJobs counts the jobs of each status.
func (x *Index) CountJobs() (map[state.Status]int, error) {
	rows, err := x.db.Query("SELECT status, count(*) FROM jobs GROUP BY status")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[state.Status]int{}
	for rows.Next() {
		var s, n int
		if err := rows.Scan(&s, &n); err != nil {
			return nil, err
		}
		out[state.Status(s)] = n
	}
	return out, rows.Err()
}

// Event is one recorded event.
type Event struct {
	Block    uint64
	LogIndex uint
	TxHash   common.Hash
	Contract common.Address
	// Name is the Solidity event name (JobPosted, JobSettled, MediatorPaid, ...).
	Name  string
	JobID *uint64
	// Args are the event's arguments (see eventArgs: uint256 as decimal strings).
	Args map[string]any
}

// Timeline is every event of job id (its own and its mediation's), in chain order: posted,
// matched, result, challenge, votes, settlement with its amounts, refunds, mediator payments,
// callbacks.
func (x *Index) Timeline(id uint64) ([]Event, error) {
	return x.events("WHERE job_id = ? ORDER BY block, log_index", int64(id))
}

// EventsAfter lists up to limit events after (block, logIndex), in chain order: the stream of
// changes a reader polls (pass the last event it saw; 0, 0 at first).
func (x *Index) EventsAfter(block uint64, logIndex uint, limit int) ([]Event, error) {
	if limit <= 0 {
		limit = 1000
	}
	return x.events(fmt.Sprintf("WHERE (block, log_index) > (?, ?) ORDER BY block, log_index LIMIT %d", limit), int64(block), int64(logIndex))
}

func (x *Index) events(where string, args ...any) ([]Event, error) {
	if !x.allEvents {
		return nil, ErrNotAllEvents
	}
	rows, err := x.db.Query("SELECT block, log_index, tx_hash, contract, name, job_id, args FROM events "+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var (
			e     Event
			block int64
			idx   int64
			tx    []byte
			addr  string
			job   *int64
			raw   string
		)
		if err := rows.Scan(&block, &idx, &tx, &addr, &e.Name, &job, &raw); err != nil {
			return nil, err
		}
		e.Block, e.LogIndex, e.TxHash, e.Contract = uint64(block), uint(idx), common.BytesToHash(tx), common.HexToAddress(addr)
		if job != nil {
			id := uint64(*job)
			e.JobID = &id
		}
		if err := json.Unmarshal([]byte(raw), &e.Args); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// Offer is offer id, or ErrNotFound.
func (x *Index) Offer(id uint64) (*state.Offer, error) {
	o, err := x.ArchivedOffer(id)
	if err == nil && o == nil {
		err = fmt.Errorf("%w: offer %d", ErrNotFound, id)
	}
	return o, err
}

// Offers lists offers by id: only live ones (open, or holding deals) when live is set, only
// provider's when it is not zero.
func (x *Index) Offers(provider common.Address, live bool) ([]*state.Offer, error) {
	q, args := "SELECT data FROM offers WHERE 1", []any{}
	if live {
		q += " AND live"
	}
	if provider != (common.Address{}) {
		q, args = q+" AND provider = ?", append(args, provider.Hex())
	}
	var out []*state.Offer
	err := each(x.db, q+" ORDER BY id", args, func(o *state.Offer) { out = append(out, o) })
	return out, err
}

// Mediation is the mediation of job id, or ErrNotFound.
func (x *Index) Mediation(jobID uint64) (*state.Mediation, error) {
	md, err := x.ArchivedMediation(jobID)
	if err == nil && md == nil {
		err = fmt.Errorf("%w: mediation of job %d", ErrNotFound, jobID)
	}
	return md, err
}

// Balances lists free escrow balances (of account only, when it is not zero).
func (x *Index) Balances(account common.Address) ([]state.Balance, error) {
	if account == (common.Address{}) {
		return x.balances("SELECT account, token, amount FROM balances ORDER BY account, token", nil)
	}
	return x.balances("SELECT account, token, amount FROM balances WHERE account = ? ORDER BY token", []any{account.Hex()})
}

// Module is module id, or ErrNotFound.
func (x *Index) Module(id uint32) (*state.Module, error) {
	md, err := one[state.Module](x.db, "SELECT data FROM modules WHERE id = ?", int64(id))
	if err == nil && md == nil {
		err = fmt.Errorf("%w: module %d", ErrNotFound, id)
	}
	return md, err
}

// JobLogs are the raw logs of job id's events (its own and its mediation's), in chain order,
// as the chain gave them (BlockHash left out): decode them with chain.EventDecoder.
func (x *Index) JobLogs(id uint64) ([]types.Log, error) {
	return x.LogsWhere("job_id = ?", 0, int64(id))
}

// BatchItemFailure is a failed item of a batched market call: its BatchItemFailed event, with
// the call, the item and the reason decoded.
type BatchItemFailure struct {
	Block    uint64
	LogIndex uint
	TxHash   common.Hash
	chain.BatchItemFailure
}

// BatchItemFailures are the newest limit failed items of batched market calls (BatchItemFailed
// events of the market), newest first, and how many the index holds in all.
func (x *Index) BatchItemFailures(limit int) ([]BatchItemFailure, int, error) {
	if limit <= 0 {
		limit = 50
	}
	const cond = "name = 'BatchItemFailed' AND contract = ?"
	market := x.d.Market.Hex()
	total, err := x.CountEvents(cond, market)
	if err != nil {
		return nil, 0, err
	}
	evs, err := x.events(fmt.Sprintf("WHERE %s ORDER BY block DESC, log_index DESC LIMIT %d", cond, limit), market)
	if err != nil {
		return nil, 0, err
	}
	out := make([]BatchItemFailure, len(evs))
	for i, e := range evs {
		out[i] = BatchItemFailureOf(e)
	}
	return out, total, nil
}

// BatchItemFailureOf decodes a BatchItemFailed event of the index.
func BatchItemFailureOf(e Event) BatchItemFailure {
	sel, _ := hexutil.Decode(argString(e.Args, "Selector"))
	reason, _ := hexutil.Decode(argString(e.Args, "Reason"))
	item, _ := new(big.Int).SetString(argString(e.Args, "Index"), 10)
	var selector [4]byte
	copy(selector[:], sel)
	return BatchItemFailure{Block: e.Block, LogIndex: e.LogIndex, TxHash: e.TxHash,
		BatchItemFailure: chain.DecodeBatchItemFailed(selector, item, reason)}
}

func argString(args map[string]any, name string) string {
	s, _ := args[name].(string)
	return s
}
