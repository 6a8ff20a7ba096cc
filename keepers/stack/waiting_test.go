package stack_test

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/chain/revert"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/devnet"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// refused checks that cand, sent from from now, would revert with the contract error name.
func (w *world) refused(from common.Address, cand txmgr.Candidate, err error, name string) {
	w.t.Helper()
	if err != nil {
		w.t.Fatal(err)
	}
	_, err = w.net.Client().CallContract(w.ctx, ethereum.CallMsg{From: from, To: cand.To, Data: cand.Data, Value: cand.Value}, nil)
	if data, ok := revert.DataFrom(err); ok {
		err = chain.Errors().Decode(data)
	}
	if !errors.Is(err, revert.Named(name)) {
		w.t.Fatalf("got %v, want the revert %s", err, name)
	}
}

// logsOf decodes with unpack the logs of contract at that are about job id, in chain order
// (unpack returns the event and its job, or nil for another event; l lives on).
func logsOf[E any](w *world, at common.Address, id uint64, unpack func(*types.Log) (*E, *big.Int)) []*E {
	w.t.Helper()
	logs, err := w.net.Client().FilterLogs(w.ctx, ethereum.FilterQuery{Addresses: []common.Address{at}})
	if err != nil {
		w.t.Fatal(err)
	}
	var out []*E
	for i := range logs {
		if ev, job := unpack(&logs[i]); ev != nil && job.Uint64() == id {
			out = append(out, ev)
		}
	}
	return out
}

// jobInfo is job id as the client API shows it, with every log of the market and the registry.
func (w *world) jobInfo(cl *client.Client, id uint64) *client.JobInfo {
	w.t.Helper()
	logs, err := w.net.Client().FilterLogs(w.ctx, ethereum.FilterQuery{Addresses: []common.Address{w.dep.Market, w.dep.MediatorRegistry}})
	if err != nil {
		w.t.Fatal(err)
	}
	info, err := cl.Job(w.ctx, new(big.Int).SetUint64(id), logs)
	if err != nil {
		w.t.Fatal(err)
	}
	return info
}

// TestSaturatedCommitteeDelaysAWrongResultButRejectsIt: the committee's members each bond one
// slash (the minimum bond is the slash), so one open mediation holds them all. An attacker
// challenges its own job's result, which holds the committee; the cheating provider's wrong result
// on the creator's job is then challenged through the client API: the challenge is not refused,
// it waits in the committee's queue (reveal deadline 0, the whole committee's fee escrowed) and
// the deal cannot be finalized when its challenge window passes, nor resolved while its
// committee can still take it. When the mediator keepers come, they judge the attacker's
// mediation; its close opens the waiting one, they re-run the creator's job and vote it wrong:
// the deal is Rejected, the creator refunded and compensated, and the market passes its audit.
// On contracts that refuse a challenge its members cannot take (before 836924f), client.Challenge
// fails with NotEnoughEligibleMediators.
func TestSaturatedCommitteeDelaysAWrongResultButRejectsIt(t *testing.T) {
	slash := milliEther(100)
	w := newWorldDeployed(t, devnet.Config{}, devnet.DeployConfig{MinBond: slash, SlashAmount: slash}, 4*time.Minute)
	w.startSolver(solverIdx, nil)
	w.startProvider(w.providerConfig(providerIdx, wrongOutput{w.wasm}, t.TempDir()))
	attacker, err := txmgr.New(w.ctx, w.net.Client(), txmgr.Config{Key: w.key(spareIdx), PollInterval: 20 * time.Millisecond, Errors: chain.Errors()})
	if err != nil {
		t.Fatal(err)
	}

	// The attacker's own job, and the creator's; the provider cheats on both.
	own := w.postJobAs(attacker, `{"Message":"mine"}`, 3600)
	id := w.postJob("moo")
	w.waitStatus(own, state.StatusSubmitted)
	j := w.waitStatus(id, state.StatusSubmitted)
	if right, _ := w.alone("moo"); j.ResultCID == right {
		t.Fatal("the cheating provider submitted the right result")
	}

	// The attacker challenges its own job: every member takes it, each bond is held.
	fee := w.params.NativeMediatorFee
	committeeFee := new(big.Int).Mul(fee, big.NewInt(int64(len(mediatorIdx))))
	terms, result, err := state.FetchTerms(w.ctx, w.net.Client(), w.market, 0, own)
	if err != nil {
		t.Fatal(err)
	}
	cand, err := w.market.Challenge(new(big.Int).SetUint64(own), terms, result, committeeFee)
	w.send(attacker, cand, err)
	w.waitFor("the attacker's mediation", func() bool { return w.mediation(own).Open })
	if got := w.mediation(own).EligibleMask; got != 0b111 {
		t.Fatalf("the attacker's mediation took members %03b, want all three", got)
	}

	// The creator challenges through the client API: the challenge waits.
	cl, err := client.New(client.Config{Deployment: w.dep, Backend: w.net.Client(), Sender: w.creator})
	if err != nil {
		t.Fatal(err)
	}
	ch, err := cl.Challenge(w.ctx, new(big.Int).SetUint64(id))
	if err != nil {
		t.Fatalf("the challenge of a saturated committee's deal was refused: %v", err)
	}
	if !ch.Waiting() || ch.Fee.Cmp(committeeFee) != 0 {
		t.Fatalf("the challenge escrowed %s with reveal deadline %d, want every member's fee %s and a wait", ch.Fee, ch.RevealDeadline, committeeFee)
	}
	if info := w.jobInfo(cl, id); info.RevealDeadline() != 0 || info.Queued == nil || info.Opened != nil {
		t.Fatalf("the client API shows the waiting challenge with reveal deadline %d, queued %v, opened %v",
			info.RevealDeadline(), info.Queued, info.Opened)
	}
	w.waitFor("the challenge", func() bool { return w.job(id).Status == state.StatusChallenged })
	if j := w.job(id); !j.ChallengeWaiting() || !j.ChallengeQueued || j.RevealDeadline != 0 || j.MediationFee.Cmp(committeeFee) != 0 {
		t.Fatalf("the challenged job is %+v, want a waiting challenge that paid %s", j, committeeFee)
	}
	challenged := logsOf(w, w.dep.Market, id, func(l *types.Log) (*bindings.PondMarketJobChallenged, *big.Int) {
		if ev, err := bindings.NewPondMarket().UnpackJobChallengedEvent(l); err == nil {
			return ev, ev.JobId
		}
		return nil, nil
	})
	if len(challenged) != 1 || challenged[0].RevealDeadline.Sign() != 0 {
		t.Fatalf("JobChallenged %+v, want one with reveal deadline 0", challenged)
	}
	queued := logsOf(w, w.dep.MediatorRegistry, id, func(l *types.Log) (*bindings.MediatorRegistryMediationQueued, *big.Int) {
		if ev, err := bindings.NewMediatorRegistry().UnpackMediationQueuedEvent(l); err == nil {
			return ev, ev.JobId
		}
		return nil, nil
	})
	if len(queued) != 1 || queued[0].Ahead.Sign() != 0 {
		t.Fatalf("MediationQueued %+v, want one with nothing ahead", queued)
	}
	if md := w.mediation(id); md.Open {
		t.Fatalf("the waiting challenge's mediation is open: %+v", md)
	}

	// Its challenge window passes: the deal cannot be finalized, nor its waiting mediation
	// dropped (a majority of its committee stays able to take it).
	w.advance(time.Duration(w.params.ChallengeWindow+1) * time.Second)
	terms, result, err = state.FetchTerms(w.ctx, w.net.Client(), w.market, 0, id)
	if err != nil {
		t.Fatal(err)
	}
	cand, err = w.market.Finalize(new(big.Int).SetUint64(id), terms, result)
	w.refused(w.addr(providerIdx), cand, err, "JobNotSubmitted")
	cand, err = w.market.ResolveChallenge(new(big.Int).SetUint64(id), terms, result)
	w.refused(w.addr(providerIdx), cand, err, "MediationWaiting")
	cand, err = chain.NewMediatorRegistry(w.dep.MediatorRegistry).OpenQueued(1)
	w.refused(w.addr(providerIdx), cand, err, "NotEnoughEligibleMediators")
	// The provider's keeper saw the window pass (the test's view follows the same head) and
	// finalized nothing.
	w.viewAtHead("the view to pass the window")
	if j := w.job(id); j.Status != state.StatusChallenged || !j.ChallengeWaiting() {
		t.Fatalf("after its challenge window the waiting deal is %s", j.Status)
	}

	// The mediators come: they judge the attacker's job, whose close opens the waiting
	// mediation; they judge the creator's.
	for _, i := range mediatorIdx {
		w.startMediator(i)
	}
	w.waitStatus(own, state.StatusRejected)
	w.waitFor("the waiting mediation to open", func() bool { return w.mediation(id).CommitDeadline != 0 })
	if md := w.mediation(id); md.EligibleMask != 0b111 {
		t.Fatalf("the waiting mediation opened with members %03b, want all three", md.EligibleMask)
	}
	if j := w.job(id); j.ChallengeWaiting() || j.RevealDeadline == 0 {
		t.Fatalf("the opened mediation's job still waits: %+v", j)
	}
	w.waitStatus(id, state.StatusRejected)
	if info := w.jobInfo(cl, id); info.Opened == nil || info.RevealDeadline() != info.Opened.RevealDeadline.Uint64() ||
		info.RevealDeadline() != w.mediation(id).RevealDeadline {
		t.Fatalf("the client API shows the opened challenge with reveal deadline %d, mediation %+v", info.RevealDeadline(), w.mediation(id))
	}
	for a, v := range w.mediation(id).Reveals {
		if v != chain.VoteProviderWrong {
			t.Errorf("mediator %x voted %d (not ProviderWrong) on the wrong result", a, v)
		}
	}

	// As in TestCheatingProviderRejected: the creator has the price and the whole collateral
	// (its fee back with the bounty; every member took the mediation, so every member's fee was
	// theirs). Each mediator earned a fee in each mediation.
	want := new(big.Int).Add(jobPrice, j.Collateral)
	if got := w.balance(w.creator.From()); got.Cmp(want) != 0 {
		t.Fatalf("creator escrow %s, want %s", got, want)
	}
	w.mediatorsEarned(new(big.Int).Mul(fee, big.NewInt(2)))
	w.audit()
}

// TestWaitingChallengeIsDroppedWhenItsCommitteeCanNeverTakeIt: the members of the attacker's
// mediation stay silent and each loses its one-slash bond at its close; the creator's waiting
// challenge can then never open and the provider keeper, whose collateral it holds, drops it
// with resolveChallenge (MediationDropped): the result
// stands (Undecided), the provider is paid, the creator's whole fee comes back, the client API and the
// market's audit agree.
func TestWaitingChallengeIsDroppedWhenItsCommitteeCanNeverTakeIt(t *testing.T) {
	slash := milliEther(100)
	w := newWorldDeployed(t, devnet.Config{}, devnet.DeployConfig{MinBond: slash, SlashAmount: slash}, 4*time.Minute)
	w.startSolver(solverIdx, nil)
	p := w.startProvider(w.providerConfig(providerIdx, nil, t.TempDir()))
	attacker, err := txmgr.New(w.ctx, w.net.Client(), txmgr.Config{Key: w.key(spareIdx), PollInterval: 20 * time.Millisecond, Errors: chain.Errors()})
	if err != nil {
		t.Fatal(err)
	}
	own := w.postJobAs(attacker, `{"Message":"mine"}`, 3600)
	id := w.postJob("moo")
	w.waitStatus(own, state.StatusSubmitted)
	w.waitStatus(id, state.StatusSubmitted)
	committeeFee := new(big.Int).Mul(w.params.NativeMediatorFee, big.NewInt(int64(len(mediatorIdx))))
	terms, result, err := state.FetchTerms(w.ctx, w.net.Client(), w.market, 0, own)
	if err != nil {
		t.Fatal(err)
	}
	cand, err := w.market.Challenge(new(big.Int).SetUint64(own), terms, result, committeeFee)
	w.send(attacker, cand, err)
	cl, err := client.New(client.Config{Deployment: w.dep, Backend: w.net.Client(), Sender: w.creator})
	if err != nil {
		t.Fatal(err)
	}
	if ch, err := cl.Challenge(w.ctx, new(big.Int).SetUint64(id)); err != nil || !ch.Waiting() {
		t.Fatalf("the challenge: %+v %v", ch, err)
	}
	// The creator's escrow once the view has the challenge's debit (it can lag the receipt).
	w.viewAtHead("the view to apply the challenge")
	before := w.balance(w.creator.From())

	// Nobody votes on the attacker's job: its close slashes every member's whole bond.
	w.advance(time.Duration(3*3600+1) * time.Second)
	cand, err = w.market.ResolveChallenge(new(big.Int).SetUint64(own), terms, result)
	w.send(attacker, cand, err)
	w.waitStatus(own, state.StatusUndecided)
	// The provider keeper, whose collateral the waiting deal holds, ends it.
	j := w.waitStatus(id, state.StatusUndecided)
	if dropped := logsOf(w, w.dep.MediatorRegistry, id, func(l *types.Log) (*bindings.MediatorRegistryMediationDropped, *big.Int) {
		if ev, err := bindings.NewMediatorRegistry().UnpackMediationDroppedEvent(l); err == nil {
			return ev, ev.JobId
		}
		return nil, nil
	}); len(dropped) != 1 {
		t.Fatalf("MediationDropped %+v, want one", dropped)
	}
	if info := w.jobInfo(cl, id); info.Dropped == nil || info.Opened != nil {
		t.Fatalf("the client API shows the dropped challenge as dropped %v, opened %v", info.Dropped, info.Opened)
	}
	w.viewAtHead("the view to apply the settlement")
	if got, want := w.balance(w.creator.From()), new(big.Int).Add(before, committeeFee); got.Cmp(want) != 0 {
		t.Fatalf("creator escrow %s after the drop, want %s (its whole fee back)", got, want)
	}
	if j.ToProvider.Sign() == 0 || j.Provider != p.Address() {
		t.Fatalf("the provider of the standing result got %s", j.ToProvider)
	}
	w.audit()
}
