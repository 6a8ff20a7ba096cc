// Package mediator is the mediator keeper: it registers with a bond, and for every challenged
// deal whose committee it sits on it re-runs the module, compares the outputs' CID with the
// provider's, commits its vote, reveals it once the commit phase is over, and closes the
// mediation after the reveal deadline.
//
// The vote's salt is derived from the mediator's key and the job id, and also kept on disk,
// so a mediator restarted between commit and reveal can always reveal.
package mediator

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"go.uber.org/zap"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/backoff"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/internal/atomicfile"
	"github.com/pond-compute/pond/keepers/internal/keeper"
	"github.com/pond-compute/pond/keepers/internal/turns"
	"github.com/pond-compute/pond/keepers/metrics"
	"github.com/pond-compute/pond/keepers/modulerun"
	"github.com/pond-compute/pond/keepers/state"
	"github.com/pond-compute/pond/keepers/storage"
)

// Metrics is what the mediator records.
type Metrics interface {
	keeper.Metrics
	JobSeen()
	JobRun(d time.Duration)
	JobFailed()
	Vote(phase, vote string)
	// DeliveryFeePaid: resolving a contract client's challenged job delivered its result and
	// paid this mediator the job's delivery fee, amount of token, into its free market balance.
	DeliveryFeePaid(token common.Address, amount *big.Int)
}

// Base is what every keeper is configured with: account, chain, deployment, pacing.
type Base = keeper.Base

// Sentinel configuration errors.
var (
	ErrNoKey        = keeper.ErrNoKey
	ErrNoChain      = keeper.ErrNoChain
	ErrNoDeployment = keeper.ErrNoDeployment
	ErrNoRegistry   = errors.New("mediator: the deployment names no mediator registry")
	ErrNoExecutor   = errors.New("mediator: no module executor")
	ErrNoWorkDir    = errors.New("mediator: no work directory")
)

// Config configures a Mediator.
type Config struct {
	Base

	Store      storage.Store // fetches modules and file inputs; may be nil
	Executors  map[string]executor.Executor
	ModuleDirs []string
	WorkDir    string
	// MaxModuleFetchBytes bounds what fetching one module by its CID writes to the module
	// cache; 0: module.DefaultMaxFetchBytes.
	MaxModuleFetchBytes int64

	// Bond registers the mediator when it is not registered; nil uses the registry's minimum.
	Bond *big.Int
	// MaxConcurrent bounds re-runs at once. Default 2.
	MaxConcurrent int

	Metrics Metrics
}

// Check validates the configuration.
func (c *Config) Check() error {
	if err := c.Base.Check(); err != nil {
		return fmt.Errorf("mediator: %w", err)
	}
	switch {
	case c.Deployment.MediatorRegistry == (common.Address{}):
		return ErrNoRegistry
	case len(c.Executors) == 0:
		return ErrNoExecutor
	case c.WorkDir == "":
		return ErrNoWorkDir
	}
	return nil
}

// Mediator is the mediator keeper. Stop, Done, Err and Health come from the keeper skeleton.
type Mediator struct {
	*keeper.Keeper
	cfg      Config
	me       common.Address
	secret   []byte
	market   *chain.Market
	registry *chain.MediatorRegistry
	jobs     *modulerun.Runner

	mu     sync.Mutex
	active map[uint64]bool
	retry  backoff.Keyed[uint64]
	silent map[uint64]bool // mediations this mediator could not decide and voted CannotRun on
	// resolveTurns is when this process first saw each mediation able to close, and whose turn
	// it is to close it (resolveRank).
	resolveTurns turns.Turns[uint64]
	// openTurns: the same for opening a committee's queued mediation (openQueued).
	openTurns turns.Turns[uint32]
	seenJobs  uint64
	// slash is the registry's slash amount once read (voteStake).
	slash *big.Int
}

// New validates cfg and builds a mediator; Start runs it.
func New(ctx context.Context, cfg Config) (*Mediator, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = 2
	}
	if cfg.Metrics == nil {
		cfg.Metrics = metrics.Noop{}
	}
	if err := os.MkdirAll(filepath.Join(cfg.WorkDir, "votes"), 0o755); err != nil {
		return nil, fmt.Errorf("mediator: work dir: %w", err)
	}
	// A mediator killed while writing a vote leaves the write's temporary file beside the votes;
	// the vote itself is decided again (or read whole) when needed.
	removed, err := atomicfile.RemoveTemps(filepath.Join(cfg.WorkDir, "votes"))
	if err != nil {
		return nil, fmt.Errorf("mediator: %w", err)
	}
	k, err := keeper.New(ctx, keeper.Config{Name: "mediator", Base: cfg.Base, Metrics: cfg.Metrics})
	if err != nil {
		return nil, err
	}
	if len(removed) > 0 {
		k.Log.Info("removed the temporary files of vote writes a previous run did not finish", zap.Strings("files", removed))
	}
	// The salt secret is bound to the key, so it is the same after a restart on another disk,
	// and to this purpose, so it reveals nothing about the key.
	secret := crypto.Keccak256(crypto.FromECDSA(cfg.Key), []byte("pond mediator vote salt v1"))
	return &Mediator{
		Keeper: k, cfg: cfg, me: k.Address(), secret: secret,
		market: chain.NewMarket(cfg.Deployment.Market), registry: chain.NewMediatorRegistry(cfg.Deployment.MediatorRegistry),
		jobs: &modulerun.Runner{Executors: cfg.Executors, Store: cfg.Store, ModuleDirs: cfg.ModuleDirs,
			CacheDir: filepath.Join(cfg.WorkDir, "modules"), MaxModuleFetchBytes: cfg.MaxModuleFetchBytes},
		active: map[uint64]bool{}, retry: backoff.Keyed[uint64]{Policy: rerunRetry}, silent: map[uint64]bool{},
	}, nil
}

// State is the mediator's view of the market.
func (md *Mediator) State() *state.Tracker { return md.Tracker }

// Start mediates until Stop; Stop waits for the re-runs in progress.
func (md *Mediator) Start(ctx context.Context) error {
	if err := md.Keeper.Start(ctx, md.step); err != nil {
		return err
	}
	md.Log.Info("mediator started")
	return nil
}

type task struct {
	jobID      uint64
	job        state.Job
	mod        state.Module
	commitment *[32]byte // set once committed
	revealed   bool
	canReveal  bool
	canResolve bool
	// resolveRank is this member's turn to close the mediation: 0 for the first member (in
	// committee order) that revealed, then the other revealers, then the silent members.
	resolveRank int
	canCommit   bool
	// commitDeadline ends the commit phase; a mediator that cannot run the deal by then says so.
	commitDeadline uint64
}

func (md *Mediator) step(ctx context.Context, head keeper.Head) (uint64, error) {
	now := head.Time
	var registered bool
	var tasks []task
	// waiting: the committees this mediator sits on with a challenge waiting in their queue,
	// and its rank in each (its index: members take turns at opening it).
	waiting := map[uint32]int{}
	md.Tracker.View(func(m *state.Market) {
		for _, j := range m.Jobs {
			if j.ChallengeWaiting() {
				if idx := m.MemberIndex(j.MediatorCommittee, md.me); idx >= 0 {
					waiting[j.MediatorCommittee] = idx
				}
			}
		}
		for ; md.seenJobs < m.JobCount; md.seenJobs++ {
			md.cfg.Metrics.JobSeen()
		}
		if r := m.Mediators[md.me]; r != nil && r.Registered {
			registered = true
		}
		for id, med := range m.Mediations {
			j := m.Jobs[id]
			if !med.Open || j == nil || j.Status != state.StatusChallenged {
				continue
			}
			t := task{jobID: id, job: *j}
			if mod := m.Modules[j.ModuleID]; mod != nil {
				t.mod = *mod
			}
			idx := m.MemberIndex(med.CommitteeID, md.me)
			eligible := idx >= 0 && med.EligibleMask&(1<<idx) != 0
			if eligible {
				if c, ok := med.Commitments[md.me]; ok {
					t.commitment = &c
				}
				_, t.revealed = med.Reveals[md.me]
				t.canCommit = t.commitment == nil && now < med.CommitDeadline
				t.commitDeadline = med.CommitDeadline
				t.canReveal = t.commitment != nil && !t.revealed && now < med.RevealDeadline &&
					(now >= med.CommitDeadline || m.AllCommitted(med))
			}
			// Anyone may close a mediation that is over; committee members do it for everyone.
			t.canResolve = eligible && (now >= med.RevealDeadline || m.AllRevealed(med))
			if t.canResolve {
				t.resolveRank = resolveRank(m.Eligible(med), med.Reveals, md.me)
			}
			tasks = append(tasks, t)
		}
	})
	md.resolveTurns.Retain(func(id uint64) bool {
		return slices.ContainsFunc(tasks, func(t task) bool { return t.jobID == id && t.canResolve })
	})
	md.openTurns.Retain(func(c uint32) bool { _, ok := waiting[c]; return ok })
	var lastBlock uint64
	if !registered {
		blk, err := md.register(ctx)
		if err != nil {
			return 0, err
		}
		lastBlock = blk
	}
	for _, t := range tasks {
		switch {
		case t.canCommit && md.cannotDecide(t, now):
			md.cannotRun(ctx, t)
		case t.canCommit:
			md.startVote(ctx, t)
		case t.canReveal:
			if blk, err := md.reveal(ctx, t); err != nil {
				md.Log.Warn("reveal failed", zap.Uint64("job", t.jobID), zap.Error(err))
			} else {
				lastBlock = max(lastBlock, blk)
			}
		case t.canResolve && md.resolveTurns.Mine(t.jobID, t.resolveRank):
			if blk, err := md.resolve(ctx, t.jobID, t.job.Terms(), t.job.ResultArg()); err == nil {
				lastBlock = max(lastBlock, blk)
			}
		}
	}
	for _, c := range slices.Sorted(maps.Keys(waiting)) {
		if md.openTurns.Mine(c, waiting[c]) {
			if blk := md.openQueued(ctx, c); blk != 0 {
				lastBlock = max(lastBlock, blk)
			}
		}
	}
	return lastBlock, nil
}

func (md *Mediator) register(ctx context.Context) (uint64, error) {
	bond := md.cfg.Bond
	if bond == nil {
		reg := bindings.NewMediatorRegistry()
		to := md.cfg.Deployment.MediatorRegistry
		out, err := md.cfg.Chain.CallContract(ctx, ethereum.CallMsg{To: &to, Data: reg.PackMinBond()}, nil)
		if err != nil {
			return 0, fmt.Errorf("read minimum bond: %w", err)
		}
		if bond, err = reg.UnpackMinBond(out); err != nil {
			return 0, err
		}
	}
	cand, err := md.registry.Register(bond)
	if err != nil {
		return 0, err
	}
	r, err := md.Send.Send(ctx, "register", cand)
	if err != nil {
		return 0, err
	}
	md.Log.Info("registered as mediator", zap.Stringer("bond", bond))
	return r.BlockNumber.Uint64(), nil
}

// vote is the on-disk record of a vote.
type vote struct {
	Vote        uint8  `json:"vote"` // chain.VoteProviderRight, VoteProviderWrong or VoteCannotRun
	CID         string `json:"cid"`
	ProviderCID string `json:"providerCid"`
	Salt        string `json:"salt"`
}

// voteName names a vote for logs and metrics.
func voteName(v uint8) string {
	switch v {
	case chain.VoteProviderRight:
		return "provider_right"
	case chain.VoteProviderWrong:
		return "provider_wrong"
	case chain.VoteCannotRun:
		return "cannot_run"
	}
	return fmt.Sprintf("vote(%d)", v)
}

func (md *Mediator) votePath(id uint64) string {
	return filepath.Join(md.cfg.WorkDir, "votes", strconv.FormatUint(id, 10)+".json")
}

// Salt is the vote salt of a job: keccak(secret, jobId), derivable after any restart.
func (md *Mediator) Salt(jobID uint64) [32]byte {
	var id [32]byte
	new(big.Int).SetUint64(jobID).FillBytes(id[:])
	return crypto.Keccak256Hash(md.secret, id[:])
}

// Commitment is keccak256(abi.encode(jobId, mediator, vote, salt)), as the registry computes it.
func Commitment(jobID uint64, mediator common.Address, vote uint8, salt [32]byte) [32]byte {
	buf := make([]byte, 128)
	new(big.Int).SetUint64(jobID).FillBytes(buf[0:32])
	copy(buf[44:64], mediator[:])
	buf[95] = vote
	copy(buf[96:128], salt[:])
	return crypto.Keccak256Hash(buf)
}

func (md *Mediator) startVote(ctx context.Context, t task) {
	md.mu.Lock()
	defer md.mu.Unlock()
	if md.active[t.jobID] || !md.retry.Due(t.jobID, time.Now()) || len(md.active) >= md.cfg.MaxConcurrent {
		return
	}
	md.active[t.jobID] = true
	md.Go(func(ctx context.Context) {
		err := md.commit(ctx, t)
		md.mu.Lock()
		delete(md.active, t.jobID)
		switch {
		case err == nil:
			md.retry.Forget(t.jobID)
		case ctx.Err() == nil:
			wait := md.retry.Failed(t.jobID, time.Now(), err)
			md.Log.Warn("vote not committed yet; retrying before the commit deadline", zap.Uint64("job", t.jobID),
				zap.Duration("retryIn", wait), zap.Error(err))
		}
		md.mu.Unlock()
		md.Wake()
	})
}

// decide re-runs the job (or reads the vote cached on disk) and says whether the provider's
// result is right. A re-run this machine could not do is an error, retried until the commit
// deadline comes near (then cannotRun votes so).
func (md *Mediator) decide(ctx context.Context, t task) (vote, error) {
	if raw, err := os.ReadFile(md.votePath(t.jobID)); err == nil {
		var v vote
		if json.Unmarshal(raw, &v) == nil && v.Vote != 0 && v.ProviderCID == t.job.ResultCID {
			return v, nil
		}
	}
	log := md.Log.With(zap.Uint64("job", t.jobID), zap.String("module", t.mod.NameVersion))
	if t.mod.NameVersion == "" {
		return vote{}, fmt.Errorf("job %d: module %d unknown", t.jobID, t.job.ModuleID)
	}
	run, err := md.jobs.RunJob(ctx, &t.job, &t.mod, filepath.Join(md.cfg.WorkDir, "runs", strconv.FormatUint(t.jobID, 10)))
	defer os.RemoveAll(filepath.Join(md.cfg.WorkDir, "runs", strconv.FormatUint(t.jobID, 10)))
	salt := md.Salt(t.jobID)
	v := vote{ProviderCID: t.job.ResultCID, Salt: common.Bytes2Hex(salt[:])}
	switch {
	case ctx.Err() != nil:
		return vote{}, ctx.Err()
	case err != nil:
		// The machine failed (module or input not fetchable, engine or store down), not the
		// module: that says nothing about the provider's result, so it is retried, never voted on.
		md.cfg.Metrics.JobFailed()
		return vote{}, fmt.Errorf("%w: %w", errCannotRun, err)
	default:
		// A module that fails on these inputs has a result too: the record of its failure,
		// which an honest provider submitted.
		md.cfg.Metrics.JobRun(run.Result.Duration)
		if run.Failure != nil {
			log.Info("module fails on these inputs; comparing failure records", zap.Stringer("failure", run.Failure))
		}
		v.CID = run.CID.String()
		v.Vote = chain.VoteProviderWrong
		if v.CID == t.job.ResultCID {
			v.Vote = chain.VoteProviderRight
		}
	}
	if err := atomicfile.WriteJSON(md.votePath(t.jobID), v, 0o600); err != nil {
		return vote{}, err
	}
	log.Info("re-ran challenged deal", zap.String("ours", v.CID), zap.String("provider", v.ProviderCID), zap.String("vote", voteName(v.Vote)))
	return v, nil
}

// errCannotRun marks a re-run that failed for reasons other than the module on its inputs.
var errCannotRun = errors.New("cannot run the deal here")

// rerunRetry spaces the re-runs of a deal that could not be run (the store, the engine or the
// node failing), until the commit deadline comes near.
var rerunRetry = backoff.Policy{Min: 2 * time.Second, Max: 2 * time.Minute}

// cannotRunMargin is how long before the commit deadline a mediator that still cannot run a
// deal gives up on it.
const cannotRunMargin = 2 * 60 // seconds of chain time

// cannotDecide reports whether t's re-run has failed on this machine and the commit deadline is
// too near for another try.
func (md *Mediator) cannotDecide(t task, now uint64) bool {
	n, _ := md.retry.Failures(t.jobID)
	return n > 0 && now+cannotRunMargin >= t.commitDeadline
}

// cannotRun commits a CannotRun vote for a deal this mediator could not re-run in time: it is
// never slashed (silence would be), paid only when a majority of the committee says so too, and
// it never votes the provider wrong for a failure of its own machine.
func (md *Mediator) cannotRun(ctx context.Context, t task) {
	md.mu.Lock()
	skip := md.active[t.jobID] || md.silent[t.jobID]
	md.mu.Unlock()
	if skip {
		return
	}
	n, last := md.retry.Failures(t.jobID)
	md.Log.Warn("cannot re-run the challenged deal before the commit deadline; voting cannot run",
		zap.Uint64("job", t.jobID), zap.Int("attempts", n), zap.Error(last))
	if err := md.sendCommit(ctx, t.jobID, chain.VoteCannotRun); err != nil {
		md.Log.Warn("cannot-run vote not committed", zap.Uint64("job", t.jobID), zap.Error(err))
		return
	}
	md.mu.Lock()
	md.silent[t.jobID] = true
	md.mu.Unlock()
}

func (md *Mediator) commit(ctx context.Context, t task) error {
	v, err := md.decide(ctx, t)
	if err != nil {
		return err
	}
	return md.sendCommit(ctx, t.jobID, v.Vote)
}

// voteStake is what a vote not mined before its phase ends costs this member: a slash (the
// registry's slashAmount, read once). A vote's fee may rise up to it (txmgr.Candidate.Stake);
// nil (no stake, the usual fee limit) while the registry cannot be read.
func (md *Mediator) voteStake(ctx context.Context) *big.Int {
	md.mu.Lock()
	slash := md.slash
	md.mu.Unlock()
	if slash != nil {
		return slash
	}
	slash, err := md.registry.SlashAmount(ctx, md.cfg.Chain)
	if err != nil {
		md.Log.Debug("slash amount not read; the vote's fee keeps the usual limit", zap.Error(err))
		return nil
	}
	md.mu.Lock()
	md.slash = slash
	md.mu.Unlock()
	return slash
}

// sendCommit commits vote for a job; a commit the chain already has, or no longer takes, is done.
func (md *Mediator) sendCommit(ctx context.Context, jobID uint64, vote uint8) error {
	c := Commitment(jobID, md.me, vote, md.Salt(jobID))
	cand, err := md.registry.CommitVote(new(big.Int).SetUint64(jobID), c)
	if err != nil {
		return err
	}
	cand.Stake = md.voteStake(ctx)
	if _, err := md.Send.Send(ctx, "commitVote", cand, "AlreadyCommitted", "CommitPhaseOver", "MediationNotOpen"); err != nil {
		if errors.Is(err, keeper.ErrLost) {
			return nil
		}
		return err
	}
	md.cfg.Metrics.Vote("commit", voteName(vote))
	md.Log.Info("vote committed", zap.Uint64("job", jobID), zap.String("vote", voteName(vote)))
	return nil
}

func (md *Mediator) reveal(ctx context.Context, t task) (uint64, error) {
	salt := md.Salt(t.jobID)
	// The vote is whichever value matches the commitment on chain: no disk needed.
	var committed uint8
	for _, v := range []uint8{chain.VoteProviderRight, chain.VoteProviderWrong, chain.VoteCannotRun} {
		if *t.commitment == Commitment(t.jobID, md.me, v, salt) {
			committed = v
		}
	}
	if committed == 0 {
		return 0, fmt.Errorf("job %d: the committed vote was not made with this key's salt", t.jobID)
	}
	cand, err := md.registry.RevealVote(new(big.Int).SetUint64(t.jobID), committed, salt)
	if err != nil {
		return 0, err
	}
	cand.Stake = md.voteStake(ctx)
	r, err := md.Send.Send(ctx, "revealVote", cand, "AlreadyRevealed", "RevealPhaseOver", "MediationNotOpen")
	if err != nil {
		return 0, err
	}
	md.cfg.Metrics.Vote("reveal", voteName(committed))
	md.Log.Info("vote revealed", zap.Uint64("job", t.jobID), zap.String("vote", voteName(committed)))
	return r.BlockNumber.Uint64(), nil
}

// openQueued opens the oldest mediation waiting for committee c once a majority of its members
// can take it (their bonds freed by another committee's mediations, or topped up; a close of
// the committee's own mediations opens it by itself). Queues' heads take a shared member's bond
// in the order they became heads, so a slot a close of another committee frees may be kept for
// c's head: only this call opens it then. The call is simulated first: while the members are
// still held it fails there and costs nothing (it succeeds, opening nothing, when it only moves
// c's head past dropped mediations).
func (md *Mediator) openQueued(ctx context.Context, c uint32) uint64 {
	cand, err := md.registry.OpenQueued(c)
	if err != nil {
		return 0
	}
	r, err := md.Send.Send(ctx, "openQueued", cand, "NotEnoughEligibleMediators", "NothingQueued")
	if err != nil {
		if !errors.Is(err, keeper.ErrLost) {
			md.Log.Debug("waiting mediation not opened", zap.Uint32("committee", c), zap.Error(err))
		}
		return 0
	}
	opened, reg := false, bindings.NewMediatorRegistry()
	for _, l := range r.Logs {
		if _, err := reg.UnpackMediationOpenedEvent(l); err == nil && l.Address == md.cfg.Deployment.MediatorRegistry {
			opened = true
			break
		}
	}
	if opened {
		md.Log.Info("opened a waiting mediation", zap.Uint32("committee", c))
	} else {
		md.Log.Info("moved a queue's head past dropped mediations; its next one still waits", zap.Uint32("committee", c))
	}
	return r.BlockNumber.Uint64()
}

// resolveRank is member me's turn (keepers/internal/turns) to close a mediation: every member
// may close it, and those whose resolveChallenge another member's beat on chain pay gas for a
// revert. The order is the members that revealed (in committee order), then the others (those
// most likely offline): the first revealer closes it at once, the next one only if it is still
// open turns.DefaultStagger later, and so on.
func resolveRank(eligible []common.Address, reveals map[common.Address]uint8, me common.Address) int {
	order := make([]common.Address, 0, len(eligible))
	for _, revealed := range []bool{true, false} {
		for _, a := range eligible {
			if _, ok := reveals[a]; ok == revealed {
				order = append(order, a)
			}
		}
	}
	return turns.Rank(order, me)
}

func (md *Mediator) resolve(ctx context.Context, id uint64, terms chain.JobTerms, result string) (uint64, error) {
	cand, err := md.market.ResolveChallenge(new(big.Int).SetUint64(id), terms, result)
	if err != nil {
		return 0, err
	}
	r, err := md.Send.Send(ctx, "resolveChallenge", cand, "JobNotChallenged", "MediationNotOpen", "MediationNotOver")
	if err != nil {
		return 0, err
	}
	_ = os.Remove(md.votePath(id))
	md.retry.Forget(id)
	md.mu.Lock()
	delete(md.silent, id)
	md.mu.Unlock()
	md.Log.Info("mediation resolved", zap.Uint64("job", id))
	noteDeliveryFees(md.Log, md.cfg.Metrics, md.market, md.me, r)
	return r.BlockNumber.Uint64(), nil
}

// noteDeliveryFees logs and counts the delivery fees receipt r paid me. Resolving a contract
// client's challenged job calls the client back, and the market pays whoever resolves the job's
// delivery fee into its free balance in the market, in the native currency: money the mediator
// registry does not keep (not in its earnings), which the operator withdraws with pond withdraw.
func noteDeliveryFees(log *zap.Logger, m Metrics, market *chain.Market, me common.Address, r *types.Receipt) {
	for _, ev := range market.DeliveryFeesPaid(r, me) {
		m.DeliveryFeePaid(chain.Native, ev.Amount)
		log.Info("paid a contract client's delivery fee into this account's free balance in the market (pond withdraw)",
			zap.Uint64("job", ev.JobId.Uint64()), zap.Stringer("amount", ev.Amount), zap.Stringer("token", chain.Native))
	}
}
