package stack_test

import (
	"maps"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/testenv"
	"github.com/pond-compute/pond/keepers/txmgr"
)

// recordingClient is test/unit/PondUnitBase.sol's RecordingClient: it counts its callbacks.
func recordingClient(t *testing.T) testenv.Contract {
	return testenv.ForgeArtifact(t, "PondUnitBase.sol", "RecordingClient")
}

// deploy deploys the client with the market as its constructor argument.
func (w *world) deploy(c testenv.Contract) common.Address {
	w.t.Helper()
	ctor, err := c.ABI.Pack("", w.dep.Market)
	if err != nil {
		w.t.Fatal(err)
	}
	return w.send(w.creator, txmgr.Candidate{Data: append(c.Code, ctor...)}, nil).ContractAddress
}

// callClient calls the client's method (from the creator, with value) and returns the id of
// the job it posted.
func (w *world) callClient(c testenv.Contract, client common.Address, value *big.Int, method string, args ...any) uint64 {
	w.t.Helper()
	data, err := c.ABI.Pack(method, args...)
	if err != nil {
		w.t.Fatal(err)
	}
	w.send(w.creator, txmgr.Candidate{To: &client, Data: data, Value: value}, nil)
	return w.waitForID("the client's job", func(m *state.Market) (id uint64) {
		for _, j := range m.Jobs {
			if j.Creator == client {
				id = j.ID
			}
		}
		return id
	})
}

// waitForID waits until find, run on the test's view, returns an id other than 0, and returns it.
func (w *world) waitForID(what string, find func(m *state.Market) uint64) uint64 {
	w.t.Helper()
	var id uint64
	w.waitFor(what, func() bool {
		w.view.View(func(m *state.Market) { id = find(m) })
		return id != 0
	})
	return id
}

// read calls a view of the client and returns its values.
func (w *world) read(c testenv.Contract, client common.Address, method string, args ...any) []any {
	w.t.Helper()
	data, err := c.ABI.Pack(method, args...)
	if err != nil {
		w.t.Fatal(err)
	}
	out, err := w.net.Client().CallContract(w.ctx, ethereum.CallMsg{To: &client, Data: data}, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	vals, err := c.ABI.Unpack(method, out)
	if err != nil {
		w.t.Fatal(err)
	}
	return vals
}

// TestContractClient: a contract posts cowsay through runModuleWithDefaultMediators with
// value, and on acceptance the market calls its receiveJobResults with the result's CID.
func TestContractClient(t *testing.T) {
	rc := recordingClient(t)
	w := newWorld(t)
	w.startSolver(solverIdx, nil)
	w.startProvider(w.providerConfig(providerIdx, nil, t.TempDir()))

	client := w.deploy(rc)
	value := new(big.Int).Add(jobPrice, milliEther(1)) // the price plus cowsay's solver fee
	id := w.callClient(rc, client, value, "run", "cowsay:v0.0.1", "moo")
	j := w.waitStatus(id, state.StatusSubmitted)
	want, _ := w.alone("moo")
	if j.ResultCID != want {
		t.Fatalf("submitted %s, running cowsay alone on the primary input gives %s", j.ResultCID, want)
	}
	w.advance(time.Duration(w.params.ChallengeWindow+1) * time.Second)
	j = w.waitStatus(id, state.StatusAccepted)
	w.waitFor("the callback", func() bool { return w.job(id).CallbackDelivered || w.job(id).CallbackFailed })
	if !w.job(id).CallbackDelivered {
		t.Fatal("the market's call to receiveJobResults failed (CallbackFailed)")
	}
	if got := w.read(rc, client, "lastCid")[0].(string); got != want {
		t.Fatalf("receiveJobResults got CID %q, want %q", got, want)
	}
	if got := w.read(rc, client, "lastJobId")[0].(*big.Int); got.Uint64() != id {
		t.Fatalf("receiveJobResults got job %s, want %d", got, id)
	}
	if got := w.read(rc, client, "calls")[0].(*big.Int); got.Int64() != 1 {
		t.Fatalf("receiveJobResults called %s times, want once", got)
	}
	w.audit()
}

// TestStoringClient: the client Lilypad's users deploy (test/clients/StoringClient.sol: it pays
// 2 ether, stores the job id and the CID and appends both to an array; no withdraw, no
// receive) calls runModuleWithDefaultMediators through its run; the keepers match, run, submit
// and finalize the job (the provider topping its collateral up for a 2-ether job), and the job
// id and the CID read back from the client's storage are the job's and its result's. The Go
// counterpart of make test-contract-client.
func TestStoringClient(t *testing.T) {
	sc := testenv.ForgeArtifact(t, "StoringClient.sol", "StoringClient")
	w := newWorld(t)
	w.startSolver(solverIdx, nil)
	cfg := w.providerConfig(providerIdx, nil, t.TempDir())
	cfg.MaxCollateral = new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether)) // as the devnet's providers
	w.startProvider(cfg)

	client := w.deploy(sc)
	const message = "moo from a contract"
	id := w.callClient(sc, client, new(big.Int).Mul(big.NewInt(2), big.NewInt(params.Ether)), "run", message)
	j := w.job(id)
	if j.Creator != client || !j.Callback {
		t.Fatalf("job %d: creator %s, callback %v; want the client %s calling back", id, j.Creator, j.Callback, client)
	}
	// 2 ether pays the solver fee, the delivery fee and the price.
	if paid := new(big.Int).Add(new(big.Int).Add(j.Price, j.SolverFee), j.DeliveryFee); paid.Cmp(big.NewInt(2*params.Ether)) != 0 {
		t.Fatalf("price %s + solver fee %s + delivery fee %s = %s, want the 2 ether the client sent", j.Price, j.SolverFee, j.DeliveryFee, paid)
	}
	j = w.waitStatus(id, state.StatusSubmitted)
	want, _ := w.alone(message)
	if j.ResultCID != want {
		t.Fatalf("submitted %s, running cowsay alone on %q gives %s", j.ResultCID, message, want)
	}
	w.advance(time.Duration(w.params.ChallengeWindow+1) * time.Second)
	w.waitStatus(id, state.StatusAccepted)
	w.waitFor("the callback", func() bool {
		return w.job(id).CallbackDelivered || w.job(id).CallbackFailed || w.job(id).CallbackDeferred
	})
	if j := w.job(id); !j.CallbackDelivered {
		t.Fatalf("the storing client was not called back: failed %v, deferred %v", j.CallbackFailed, j.CallbackDeferred)
	}

	if got := w.read(sc, client, "lastJobId")[0].(*big.Int); got.Uint64() != id {
		t.Fatalf("the client stored job %s, want %d", got, id)
	}
	if got := w.read(sc, client, "lastCid")[0].(string); got != want {
		t.Fatalf("the client stored CID %q, want the result %q", got, want)
	}
	if got := w.read(sc, client, "resultCount")[0].(*big.Int); got.Int64() != 1 {
		t.Fatalf("the client holds %s results, want 1", got)
	}
	first := w.read(sc, client, "results", big.NewInt(0))
	if first[0].(*big.Int).Uint64() != id || first[1].(string) != want {
		t.Fatalf("results(0) = (%v, %v), want (%d, %s)", first[0], first[1], id, want)
	}
	w.audit()
}

// TestChallengedClientJobIsDeliveredAfterTheVerdict: a contract client's job keeps its result by
// hash (submitResult joins it to the terms'), so the calls after it pass the CID. Someone
// challenges an honest result (w.challenge: the CID from the job's ResultSubmitted, as `pond job
// challenge` finds it); the three mediator keepers re-run, vote it right and resolve
// (ResolveChallenge with the job's result argument); the client is called back with the result
// its provider submitted, and the books agree (the audit checks the joined hash while it stood).
func TestChallengedClientJobIsDeliveredAfterTheVerdict(t *testing.T) {
	rc := recordingClient(t)
	w := newWorld(t)
	counters := map[common.Address]*counter{}
	for _, i := range mediatorIdx {
		counters[w.addr(i)] = newCounter()
		w.startMediatorWith(i, counters[w.addr(i)])
	}
	w.startSolver(solverIdx, nil)
	w.startProvider(w.providerConfig(providerIdx, nil, t.TempDir()))

	client := w.deploy(rc)
	id := w.callClient(rc, client, new(big.Int).Add(jobPrice, milliEther(1)), "run", "cowsay:v0.0.1", "moo")
	j := w.waitStatus(id, state.StatusSubmitted)
	w.audit()
	w.challenge(id)
	w.waitStatus(id, state.StatusAccepted)
	w.waitFor("the callback", func() bool { return w.job(id).CallbackDelivered || w.job(id).CallbackFailed })
	if !w.job(id).CallbackDelivered {
		t.Fatal("the market's call to receiveJobResults failed (CallbackFailed)")
	}
	if got := w.read(rc, client, "lastCid")[0].(string); got != j.ResultCID {
		t.Fatalf("receiveJobResults got CID %q, want the submitted %q", got, j.ResultCID)
	}
	// Whoever resolved made the delivery and was paid the client's delivery fee (a mediator
	// keeper here), which that keeper counts (and logs); the audit checks every balance against
	// the events.
	paid := w.deliveryFeesPaid(id)
	if len(paid) != 1 || counters[paid[0].To] == nil || paid[0].Amount.Sign() <= 0 {
		t.Fatalf("delivery fees paid for job %d: %+v, want one, to a mediator", id, paid)
	}
	w.waitFor("the resolving mediator to count its delivery fee", func() bool {
		return counters[paid[0].To].deliveryFee(chain.Native).Cmp(paid[0].Amount) == 0
	})
	for addr, c := range counters {
		if got := c.deliveryFee(chain.Native); addr != paid[0].To && got.Sign() != 0 {
			t.Errorf("mediator %s, which did not deliver, counted %s wei of delivery fees", addr, got)
		}
	}
	w.audit()
}

// TestProviderFinalizesClientJobsInOneBatch: two contract clients' jobs are due for
// finalization in the same step, so the provider settles both in one finalizeJobs. Each item's
// callback must be given its gas limit (the market checks it and reverts the item otherwise,
// CallbackGasTooLow), and a batch item's revert does not revert the transaction: the gas limit
// the provider sends the batch with must cover every item's callback, not only what the
// callbacks used. Both jobs are accepted by that one transaction, both callbacks delivered,
// and no item fails.
func TestProviderFinalizesClientJobsInOneBatch(t *testing.T) {
	rc := recordingClient(t)
	w, pm := clientBatchWorld(t, 2)
	value := new(big.Int).Add(jobPrice, milliEther(1)) // the price plus cowsay's solver fee
	a, b := w.deploy(rc), w.deploy(rc)
	ids := []uint64{w.callClient(rc, a, value, "run", "cowsay:v0.0.1", "moo a"), w.callClient(rc, b, value, "run", "cowsay:v0.0.1", "moo b")}
	w.acceptAfterTheWindow(ids)
	for i, client := range []common.Address{a, b} {
		if !w.job(ids[i]).CallbackDelivered {
			t.Errorf("job %d: callback not delivered", ids[i])
		}
		if got := w.read(rc, client, "calls")[0].(*big.Int); got.Int64() != 1 {
			t.Errorf("client of job %d: receiveJobResults called %s times, want once", ids[i], got)
		}
	}
	finalizedInBatches(t, w, pm, 1)
}

// TestJanitorPaysARefundAddressThatNeedsGas: a contract client's job names as its refund
// address a contract that accepts payment with 50,000 gas of its own work
// (test/adversarial/fixtures/Clients.sol's CostlyReceiver). Nobody offers to run it; it
// expires and the solver's janitor cancels it with the gas limit its transaction manager
// estimated. The refund reaches the address: nothing is held in the client's market balance.
// (It passes on the market before RefundGasTooLow too: the estimate with its margin left the
// refund call its gas; test_attack_cancellerStarvesTheRefundCall is the caller who chooses a
// tighter limit.)
func TestJanitorPaysARefundAddressThatNeedsGas(t *testing.T) {
	oc := testenv.ForgeArtifact(t, "Clients.sol", "OptionsClient")
	cr := testenv.ForgeArtifact(t, "Clients.sol", "CostlyReceiver")
	w := newWorld(t)
	w.startSolver(solverIdx, nil)

	ctor, err := cr.ABI.Pack("", big.NewInt(50_000))
	if err != nil {
		t.Fatal(err)
	}
	receiver := w.send(w.creator, txmgr.Candidate{Data: append(cr.Code, ctor...)}, nil).ContractAddress
	client := w.deploy(oc)
	value := new(big.Int).Add(jobPrice, milliEther(1)) // the price plus cowsay's solver fee
	opts := bindings.IPondMarketClientOptions{Amount: new(big.Int), SolverFee: milliEther(1), RefundTo: receiver}
	id := w.callClient(oc, client, value, "run", "cowsay:v0.0.1", "moo", opts)
	j := w.job(id)
	w.advance(time.Duration(j.Expiry-w.now()+1) * time.Second)
	j = w.waitStatus(id, state.StatusCancelled)
	got, err := w.net.Client().BalanceAt(w.ctx, receiver, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.Sign() == 0 || w.read(cr, receiver, "received")[0].(*big.Int).Cmp(got) != 0 {
		t.Fatalf("the refund address holds %s (received %v): the refund did not reach it", got, w.read(cr, receiver, "received"))
	}
	if held := w.balance(client); held.Sign() != 0 {
		t.Fatalf("%s held in the client's market balance", held)
	}
	w.audit()
}

// TestProviderFinalizesManyClientJobsWithinTheGasBudget: twenty contract-client jobs (each
// callback's stipend 500,000 gas) are due at once. One finalizeJobs for all twenty would need
// some 17 M gas; the provider plans its chunks within chain.BatchGasBudget counting each
// stipend, so it sends two, and every job is accepted with its callback delivered, no item
// failed.
func TestProviderFinalizesManyClientJobsWithinTheGasBudget(t *testing.T) {
	const jobs = 20
	perChunk := int(chain.BatchGasBudget / chain.FinalizeGas(true, 500_000))
	if perChunk >= jobs {
		t.Fatalf("%d client finalizations fit the budget: the test would prove nothing", jobs)
	}
	rc := recordingClient(t)
	w, pm := clientBatchWorld(t, jobs)

	client := w.deploy(rc)
	data, err := rc.ABI.Pack("run", "cowsay:v0.0.1", "moo")
	if err != nil {
		t.Fatal(err)
	}
	value := new(big.Int).Add(jobPrice, milliEther(1)) // the price plus cowsay's solver fee
	for range jobs {
		w.send(w.creator, txmgr.Candidate{To: &client, Data: data, Value: value}, nil)
	}
	var ids []uint64
	w.waitFor("every client job submitted", func() bool {
		ids = ids[:0]
		submitted := 0
		w.view.View(func(m *state.Market) {
			for _, j := range m.Jobs {
				if j.Creator == client {
					ids = append(ids, j.ID)
					if j.Status == state.StatusSubmitted {
						submitted++
					}
				}
			}
		})
		return submitted == jobs
	})
	if j := w.job(ids[0]); !j.Callback || j.CallbackGasLimit != 500_000 {
		t.Fatalf("job %d: callback %v with %d gas; the test assumes the default 500,000", j.ID, j.Callback, j.CallbackGasLimit)
	}
	w.advance(time.Duration(w.params.ChallengeWindow+1) * time.Second)
	for _, id := range ids {
		w.waitStatus(id, state.StatusAccepted)
		if !w.job(id).CallbackDelivered {
			t.Errorf("job %d: callback not delivered", id)
		}
	}
	if got := w.read(rc, client, "calls")[0].(*big.Int); got.Int64() != jobs {
		t.Fatalf("receiveJobResults called %s times, want %d", got, jobs)
	}
	finalizedInBatches(t, w, pm, (jobs+perChunk-1)/perChunk)
	w.audit()
}

// clientBatchWorld is a world with a solver and a provider, its sends counted, whose offer
// holds deals deals at once.
func clientBatchWorld(t *testing.T, deals int) (*world, *counter) {
	w := newWorld(t)
	w.startSolver(solverIdx, nil)
	pm := newCounter()
	cfg := w.providerConfig(providerIdx, nil, t.TempDir())
	cfg.Metrics = pm
	w.holdDeals(&cfg, deals)
	w.startProvider(cfg)
	return w, pm
}

// acceptAfterTheWindow waits for jobs ids to be submitted, moves the clock past the challenge
// window and waits for them to be accepted.
func (w *world) acceptAfterTheWindow(ids []uint64) {
	w.t.Helper()
	for _, id := range ids {
		w.waitStatus(id, state.StatusSubmitted)
	}
	w.advance(time.Duration(w.params.ChallengeWindow+1) * time.Second)
	for _, id := range ids {
		w.waitStatus(id, state.StatusAccepted)
	}
}

// finalizedInBatches checks that the provider finalized in batches finalizeJobs, none by a
// single finalize, with no item failed and no batch reverted. The chain shows the last deals accepted before the
// provider has its receipt and counts the send: it waits for the count first.
func finalizedInBatches(t *testing.T, w *world, pm *counter, batches int) {
	t.Helper()
	w.waitFor("the provider to count its finalizations", func() bool {
		return pm.get(func(c *counter) int { return c.txs["finalizeJobs:ok"] + c.txs["finalize:ok"] }) >= batches
	})
	pm.mu.Lock()
	txs, fails := maps.Clone(pm.txs), maps.Clone(pm.batchFails)
	pm.mu.Unlock()
	if len(fails) != 0 {
		t.Fatalf("failed batch items %v, want none", fails)
	}
	if txs["finalizeJobs:ok"] != batches || txs["finalize:ok"] != 0 || txs["finalizeJobs:reverted"] != 0 {
		t.Fatalf("finalizations %v, want %d finalizeJobs and no revert paid for", txs, batches)
	}
}

// TestProviderFinalizeBatchHoldsAgainstACallbackThatDodgesTheEstimate: a contract client's
// callback (test/adversarial/fixtures/Clients.sol's EstimateDodgingClient) is cheap when
// simulated without fees, as eth_estimateGas runs it, and burns its whole stipend once
// included. Its job and another client's are due in the same step, the dodger's first. A
// finalizeJobs sent with the estimate's gas leaves the second item short once the first
// callback has burnt its stipend: the batch reverts (BatchOutOfGas) and the provider pays for
// it. The provider sends its batch with the gas it planned for every callback's stipend, so the
// one finalizeJobs settles both jobs; the dodger's callback did burn on chain (its result was
// not delivered) and nothing was paid for a revert.
func TestProviderFinalizeBatchHoldsAgainstACallbackThatDodgesTheEstimate(t *testing.T) {
	dc := testenv.ForgeArtifact(t, "Clients.sol", "EstimateDodgingClient")
	rc := recordingClient(t)
	w, pm := clientBatchWorld(t, 2)
	value := new(big.Int).Add(jobPrice, milliEther(1)) // the price plus cowsay's solver fee
	dodger, honest := w.deploy(dc), w.deploy(rc)
	broken, err := dc.ABI.Pack("setBroken", true)
	if err != nil {
		t.Fatal(err)
	}
	w.send(w.creator, txmgr.Candidate{To: &dodger, Data: broken}, nil)
	ids := []uint64{w.callClient(dc, dodger, value, "run", "cowsay:v0.0.1", "moo d"), w.callClient(rc, honest, value, "run", "cowsay:v0.0.1", "moo h")}
	w.acceptAfterTheWindow(ids)
	if w.job(ids[0]).CallbackDelivered {
		t.Fatalf("job %d: the dodger's callback was delivered: it did not burn its gas on chain, so the test proves nothing", ids[0])
	}
	if !w.job(ids[1]).CallbackDelivered {
		t.Errorf("job %d: callback not delivered", ids[1])
	}
	finalizedInBatches(t, w, pm, 1)
	w.audit()
}
