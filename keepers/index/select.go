package index

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// EventsWhere lists the events a SQL condition on the events table selects (its columns:
// block, log_index, tx_hash, contract, name, job_id, args), in chain order, at most limit (0:
// no limit). Readers that need more than Timeline and EventsAfter (the audit's evidence, the
// explorer's filters) use it; the condition's values go in args.
func (x *Index) EventsWhere(cond string, limit int, args ...any) ([]Event, error) {
	return x.events("WHERE "+cond+" ORDER BY block, log_index"+limitClause(limit), args...)
}

// CountEvents counts the events a condition selects.
func (x *Index) CountEvents(cond string, args ...any) (int, error) {
	if !x.allEvents {
		return 0, ErrNotAllEvents
	}
	var n int
	err := x.db.QueryRow("SELECT count(*) FROM events WHERE "+cond, args...).Scan(&n)
	return n, err
}

// LogsWhere is EventsWhere's raw logs, as the chain gave them (BlockHash left out): decode
// them with chain.EventDecoder.
func (x *Index) LogsWhere(cond string, limit int, args ...any) ([]types.Log, error) {
	if !x.allEvents {
		return nil, ErrNotAllEvents
	}
	rows, err := x.db.Query("SELECT block, log_index, tx_hash, contract, topics, data FROM events WHERE "+cond+
		" ORDER BY block, log_index"+limitClause(limit), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []types.Log
	for rows.Next() {
		var (
			block, idx       int64
			addr             string
			tx, topics, data []byte
		)
		if err := rows.Scan(&block, &idx, &tx, &addr, &topics, &data); err != nil {
			return nil, err
		}
		l := types.Log{Address: common.HexToAddress(addr), Data: data, BlockNumber: uint64(block), TxHash: common.BytesToHash(tx), Index: uint(idx)}
		for i := 0; i+32 <= len(topics); i += 32 {
			l.Topics = append(l.Topics, common.BytesToHash(topics[i:i+32]))
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// AccountCondition is the EventsWhere/LogsWhere condition selecting every event that can
// change account's balances: those naming it in an argument, and every event of a job it
// created, provided, solved, challenged or was paid for mediating (a settlement names no
// account: it pays the job's parties).
func AccountCondition(account common.Address) (string, []any) {
	like := "%" + account.Hex() + "%" // LIKE ignores ASCII case; args hold lower-case hex
	return `(args LIKE ? OR job_id IN (SELECT id FROM jobs WHERE creator = ? OR provider = ?)
		OR job_id IN (SELECT job_id FROM events WHERE job_id IS NOT NULL AND args LIKE ?))`,
		[]any{like, account.Hex(), account.Hex(), like}
}

func limitClause(limit int) string {
	if limit <= 0 {
		return ""
	}
	return fmt.Sprintf(" LIMIT %d", limit)
}
