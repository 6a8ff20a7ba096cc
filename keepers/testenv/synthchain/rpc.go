package synthchain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"sync/atomic"

	"github.com/ethereum/go-ethereum"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/pond-compute/pond/bindings"
	"github.com/pond-compute/pond/keepers/chain"
)

// Server serves the chain over HTTP JSON-RPC on loopback (what `pond job show` and friends
// need: chain id, code, blocks, logs and the market's getters) and counts the calls.
type Server struct {
	URL   string
	calls atomic.Int64
	srv   *http.Server
}

// Requests counts the JSON-RPC calls answered (each call of a batch counts).
func (s *Server) Requests() int64 { return s.calls.Load() }

// Close stops the server.
func (s *Server) Close() error { return s.srv.Close() }

// Serve starts a server for c on a free loopback port.
func (c *Chain) Serve() (*Server, error) {
	r := rpc.NewServer()
	if err := r.RegisterName("eth", &ethAPI{c: c}); err != nil {
		return nil, err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &Server{URL: "http://" + ln.Addr().String()}
	s.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		var body json.RawMessage
		if err := json.NewDecoder(req.Body).Decode(&body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		var batch []json.RawMessage
		if json.Unmarshal(body, &batch) == nil {
			s.calls.Add(int64(len(batch)))
		} else {
			s.calls.Add(1)
		}
		req.Body = io.NopCloser(bytes.NewReader(body))
		req.ContentLength = int64(len(body))
		r.ServeHTTP(w, req)
	})}
	go func() { _ = s.srv.Serve(ln) }()
	return s, nil
}

type ethAPI struct{ c *Chain }

func (a *ethAPI) ChainId() *hexutil.Big {
	return (*hexutil.Big)(new(big.Int).SetUint64(Deployment.ChainID))
}

func (a *ethAPI) BlockNumber() hexutil.Uint64 { return hexutil.Uint64(a.c.head.Load()) }

func (a *ethAPI) GetCode(addr common.Address, _ rpc.BlockNumberOrHash) hexutil.Bytes {
	switch addr {
	case Deployment.Market, Deployment.ModuleRegistry, Deployment.MediatorRegistry:
		return hexutil.Bytes{0x60, 0x80}
	}
	return hexutil.Bytes{}
}

func (a *ethAPI) GetBlockByNumber(ctx context.Context, n rpc.BlockNumber, _ bool) (*types.Header, error) {
	var num *big.Int
	if n >= 0 {
		num = big.NewInt(n.Int64())
	}
	return a.c.HeaderByNumber(ctx, num)
}

func (a *ethAPI) GetLogs(ctx context.Context, crit filters.FilterCriteria) ([]types.Log, error) {
	logs, err := a.c.FilterLogs(ctx, ethereum.FilterQuery(crit))
	if logs == nil {
		logs = []types.Log{}
	}
	return logs, err
}

type callArgs struct {
	To    *common.Address `json:"to"`
	Data  *hexutil.Bytes  `json:"data"`
	Input *hexutil.Bytes  `json:"input"`
}

func (a *ethAPI) Call(ctx context.Context, args callArgs, _ *rpc.BlockNumberOrHash) (hexutil.Bytes, error) {
	data := args.Input
	if data == nil {
		data = args.Data
	}
	if args.To == nil || data == nil {
		return nil, errors.New("synthchain: eth_call without to or data")
	}
	return a.c.call(*args.To, *data)
}

// call answers the getters the read commands use: getJob, getOffer, params, getModule.
func (c *Chain) call(to common.Address, data []byte) ([]byte, error) {
	if len(data) < 4 {
		return nil, errors.New("synthchain: no selector")
	}
	contract := &c.market
	if to == Deployment.ModuleRegistry {
		contract = &c.modules
	}
	m, err := contract.MethodById(data[:4])
	if err != nil {
		return nil, fmt.Errorf("synthchain: %w", err)
	}
	in, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, err
	}
	if m.Name == "getJob" {
		id := in[0].(*big.Int).Uint64()
		j, ok := c.jobAt(id, c.head.Load())
		if !ok {
			return nil, fmt.Errorf("execution reverted: job %d not found", id)
		}
		return m.Outputs.Pack(j)
	}
	out, err := c.answer(to, m.Name, in)
	if err != nil {
		return nil, err
	}
	return m.Outputs.Pack(out...)
}

// termsHash is the hash of every synthetic job's terms (they differ only in inputs and expiry,
// which are not terms).
var termsHash = chain.HashTerms(chain.JobTerms{Creator: Creator, Token: chain.Native, Price: Price, SolverFee: SolverFee,
	ModuleId: 1, RunTime: 600, CommitteeId: 1, MediatorFee: MediatorFee, Resources: JobNeeds})

// jobAt is job id as getJob returns it at block head.
func (c *Chain) jobAt(id, head uint64) (bindings.IPondMarketJob, bool) {
	if id == 0 || id > c.Jobs {
		return bindings.IPondMarketJob{}, false
	}
	posted := c.BlockOfJob(id)
	if head < posted {
		return bindings.IPondMarketJob{}, false
	}
	j := bindings.IPondMarketJob{CommitteeSize: 1, TermsHash: termsHash}
	switch stage := head - posted; {
	case stage == 0:
		j.Status, j.Deadline = 1, new(big.Int).SetUint64(c.Time(posted)+3600)
	case stage == 1:
		j.Status, j.Deadline = 2, new(big.Int).SetUint64(c.Time(posted+1)+600)
	case stage == 2:
		j.Status, j.Deadline = 3, new(big.Int).SetUint64(c.Time(posted+2))
	default: // accepted: the deadline stays the challenge window's, the terms' slot is freed
		j.Status, j.Deadline, j.TermsHash = 5, new(big.Int).SetUint64(c.Time(posted+2)), [32]byte{}
	}
	if j.Status > 1 {
		j.OfferId, j.Provider, j.Solver = 1, Provider, Solver
	}
	return j, true
}
