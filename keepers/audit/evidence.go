package audit

import (
	"fmt"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/state"
)

// replayLimit bounds the events replayed to explain an account's balance.
const replayLimit = 20_000

func evidenceOf(e index.Event) Evidence {
	return Evidence{Block: e.Block, LogIndex: e.LogIndex, Tx: e.TxHash, Name: e.Name, JobID: e.JobID, Args: e.Args}
}

// jobEvidence lists a job's events (its own and its mediation's): posted, matched, result,
// challenge, votes, settlement, payments, callback.
func (a *auditor) jobEvidence(d *Discrepancy, id uint64) error {
	evs, err := a.x.Timeline(id)
	if err != nil {
		return fmt.Errorf("audit: events of job %d: %w", id, err)
	}
	for i, e := range evs {
		if i == a.cfg.MaxEvidence {
			d.MoreEvidence = len(evs) - i
			break
		}
		d.Evidence = append(d.Evidence, evidenceOf(e))
	}
	return nil
}

// offerEvidence lists an offer's own events and its deals' events.
func (a *auditor) offerEvidence(d *Discrepancy, id uint64) error {
	cond := `(name IN ('OfferPosted', 'OfferUpdated', 'OfferWithdrawn') AND json_extract(args, '$.OfferId') = ?)
		OR job_id IN (SELECT id FROM jobs WHERE json_extract(data, '$.OfferID') = ?)`
	args := []any{strconv.FormatUint(id, 10), int64(id)}
	n, err := a.x.CountEvents(cond, args...)
	if err != nil {
		return fmt.Errorf("audit: events of offer %d: %w", id, err)
	}
	evs, err := a.x.EventsWhere(cond, a.cfg.MaxEvidence, args...)
	if err != nil {
		return fmt.Errorf("audit: events of offer %d: %w", id, err)
	}
	for _, e := range evs {
		d.Evidence = append(d.Evidence, evidenceOf(e))
	}
	d.MoreEvidence = n - len(evs)
	return nil
}

// accountEvidence lists the events that moved an account's free balance of token (or, for a
// mediator, its bond, or its earnings in token), each with what it did: they are replayed
// through the same rebuild the index uses (state.Market), so the effects add up to what the
// events say.
func (a *auditor) accountEvidence(d *Discrepancy, acc, token common.Address) error {
	cond, args := index.AccountCondition(acc)
	if acc == a.d.MediatorRegistry {
		// MediatorPaid credits the registry without naming it: its jobs' events are replayed too.
		cond = "(" + cond + " OR job_id IN (SELECT job_id FROM events WHERE name = 'MediatorPaid'))"
	}
	logs, err := a.x.LogsWhere(cond, replayLimit, args...)
	if err != nil {
		return fmt.Errorf("audit: events of account %s: %w", acc.Hex(), err)
	}
	evs, err := a.x.EventsWhere(cond, replayLimit, args...)
	if err != nil {
		return fmt.Errorf("audit: events of account %s: %w", acc.Hex(), err)
	}
	if len(logs) != len(evs) {
		return fmt.Errorf("audit: events of account %s changed while read", acc.Hex())
	}
	dec, err := chain.NewEventDecoder(a.d)
	if err != nil {
		return err
	}
	measure := func(m *state.Market) *big.Int { return m.Balance(acc, token) }
	symbol := token
	switch d.Kind {
	case "mediator":
		measure = func(m *state.Market) *big.Int {
			if md := m.Mediators[acc]; md != nil {
				return nz(md.Bond)
			}
			return new(big.Int)
		}
		symbol = chain.Native
	case "earnings":
		if acc != a.d.MediatorRegistry {
			measure = func(m *state.Market) *big.Int {
				if md := m.Mediators[acc]; md != nil {
					return md.Earned(token)
				}
				return new(big.Int)
			}
		}
	}
	m := state.NewMarket(a.d.MediatorRegistry)
	var moved []Evidence
	for i, l := range logs {
		ev, err := dec.Decode(l)
		if err != nil {
			return fmt.Errorf("audit: decode log %d of block %d: %w", l.Index, l.BlockNumber, err)
		}
		before := measure(m)
		m.Apply(ev, l.BlockNumber)
		delta := new(big.Int).Sub(measure(m), before)
		if delta.Sign() == 0 {
			continue
		}
		e := evidenceOf(evs[i])
		sign := "+"
		if delta.Sign() < 0 {
			sign = ""
		}
		e.Effect = sign + a.money(symbol, delta)
		moved = append(moved, e)
	}
	if len(moved) > a.cfg.MaxEvidence {
		d.MoreEvidence = len(moved) - a.cfg.MaxEvidence
		moved = moved[len(moved)-a.cfg.MaxEvidence:] // the latest
	}
	d.Evidence = moved
	if len(logs) == replayLimit {
		d.MoreEvidence++ // at least: the replay stopped at its limit
	}
	return nil
}
