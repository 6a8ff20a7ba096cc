package ethrpc

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// LogFilterer is what FilterLogs reads logs from.
type LogFilterer interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// rpcNode is a node connection that exposes its JSON-RPC client: *ethclient.Client and the
// devnet's simulated.Client.
type rpcNode interface {
	Client() *rpc.Client
}

// FilterLogs is node.FilterLogs, with the answer decoded by decodeLogs when node exposes its
// JSON-RPC client and q is a block range: go-ethereum's decoding of eth_getLogs (each log
// validated and scanned again by encoding/json, then each field decoded through reflection) was
// most of what a keeper's view spent reading the chain, every view reading every log. The logs
// are the same either way (TestDecodeLogsIsGoEthereumsDecoding).
func FilterLogs(ctx context.Context, node LogFilterer, q ethereum.FilterQuery) ([]types.Log, error) {
	rn, ok := node.(rpcNode)
	if !ok || q.BlockHash != nil || !nonNegative(q.FromBlock) || !nonNegative(q.ToBlock) {
		return node.FilterLogs(ctx, q)
	}
	// The argument go-ethereum's ethclient sends for a block range.
	arg := map[string]any{"fromBlock": hexutil.EncodeBig(q.FromBlock), "toBlock": hexutil.EncodeBig(q.ToBlock)}
	if len(q.Addresses) > 0 {
		arg["address"] = q.Addresses
	}
	if q.Topics != nil {
		arg["topics"] = q.Topics
	}
	var raw json.RawMessage
	if err := rn.Client().CallContext(ctx, &raw, "eth_getLogs", arg); err != nil {
		return nil, err
	}
	return decodeLogs(raw)
}

func nonNegative(n *big.Int) bool { return n != nil && n.Sign() >= 0 }

// decodeLogs decodes an eth_getLogs result exactly as json.Unmarshal into []types.Log does.
// Logs as nodes write them (the fields go-ethereum writes, plain strings) are read in one pass;
// anything else (an unknown or repeated field, an escape in a string, a null, a malformed
// value) is left to json.Unmarshal, which gives the same logs or go-ethereum's error.
func decodeLogs(raw []byte) ([]types.Log, error) {
	if logs, ok := fastLogs(raw); ok {
		return logs, nil
	}
	var logs []types.Log
	if err := json.Unmarshal(raw, &logs); err != nil {
		return nil, err
	}
	return logs, nil
}

// logScanner reads the JSON of an eth_getLogs result; ok turns false at the first thing it
// does not read exactly as encoding/json would.
type logScanner struct {
	b  []byte
	i  int
	ok bool
}

func fastLogs(raw []byte) ([]types.Log, bool) {
	s := &logScanner{b: raw, ok: true}
	s.space()
	if s.literal("null") {
		s.space()
		return nil, s.ok && s.i == len(s.b)
	}
	logs := []types.Log{}
	for s.another(len(logs)) {
		var l types.Log
		s.log(&l)
		logs = append(logs, l)
	}
	s.space()
	if !s.ok || s.i != len(s.b) {
		return nil, false
	}
	return logs, true
}

func (s *logScanner) space() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// byte consumes c if it is next.
func (s *logScanner) byte(c byte) bool {
	if s.ok && s.i < len(s.b) && s.b[s.i] == c {
		s.i++
		return true
	}
	return false
}

func (s *logScanner) literal(lit string) bool {
	if s.ok && bytes.HasPrefix(s.b[s.i:], []byte(lit)) {
		s.i += len(lit)
		return true
	}
	return false
}

// str reads a string without escapes or control characters and returns its bytes.
func (s *logScanner) str() []byte {
	if !s.byte('"') {
		s.ok = false
		return nil
	}
	start := s.i
	for s.i < len(s.b) {
		c := s.b[s.i]
		switch {
		case c == '"':
			s.i++
			return s.b[start : s.i-1]
		case c == '\\' || c < 0x20 || c >= 0x80:
			s.ok = false
			return nil
		}
		s.i++
	}
	s.ok = false
	return nil
}

// hexDigits is the text of a hex string after its "0x" prefix (hexutil accepts "0X" too).
func (s *logScanner) hexDigits() []byte {
	t := s.str()
	if !s.ok || len(t) < 2 || t[0] != '0' || (t[1] != 'x' && t[1] != 'X') {
		s.ok = false
		return nil
	}
	return t[2:]
}

// fixed reads a hex string of exactly len(dst) bytes (common.Address, common.Hash).
func (s *logScanner) fixed(dst []byte) {
	d := s.hexDigits()
	if !s.ok || len(d) != 2*len(dst) {
		s.ok = false
		return
	}
	if _, err := hex.Decode(dst, d); err != nil {
		s.ok = false
	}
}

// bytes reads a hexutil.Bytes: an even number of hex digits.
func (s *logScanner) bytes() []byte {
	d := s.hexDigits()
	if !s.ok || len(d)%2 != 0 {
		s.ok = false
		return nil
	}
	out := make([]byte, len(d)/2)
	if _, err := hex.Decode(out, d); err != nil {
		s.ok = false
	}
	return out
}

// quantity reads a hexutil.Uint64: "0x0" or hex digits without a leading zero, at most 64 bits.
func (s *logScanner) quantity() uint64 {
	d := s.hexDigits()
	if !s.ok || len(d) == 0 || len(d) > 16 || (len(d) > 1 && d[0] == '0') {
		s.ok = false
		return 0
	}
	n, err := strconv.ParseUint(string(d), 16, 64)
	if err != nil {
		s.ok = false
	}
	return n
}

// The fields of a log, as go-ethereum names them.
const (
	fAddress = 1 << iota
	fTopics
	fData
	fBlockNumber
	fTxHash
	fTxIndex
	fBlockHash
	fBlockTimestamp
	fIndex
	fRemoved
	required = fAddress | fTopics | fData | fTxHash
)

func (s *logScanner) log(l *types.Log) {
	if !s.byte('{') {
		s.ok = false
		return
	}
	seen := 0
	s.space()
	if s.byte('}') {
		s.ok = false // no required field
		return
	}
	for s.ok {
		key := s.str()
		s.space()
		if !s.byte(':') {
			s.ok = false
			return
		}
		s.space()
		var f int
		switch string(key) {
		case "address":
			f = fAddress
			s.fixed(l.Address[:])
		case "topics":
			f = fTopics
			l.Topics = s.topics()
		case "data":
			f = fData
			l.Data = s.bytes()
		case "blockNumber":
			f = fBlockNumber
			l.BlockNumber = s.quantity()
		case "transactionHash":
			f = fTxHash
			s.fixed(l.TxHash[:])
		case "transactionIndex":
			f = fTxIndex
			l.TxIndex = uint(s.quantity())
		case "blockHash":
			f = fBlockHash
			s.fixed(l.BlockHash[:])
		case "blockTimestamp":
			f = fBlockTimestamp
			l.BlockTimestamp = s.quantity()
		case "logIndex":
			f = fIndex
			l.Index = uint(s.quantity())
		case "removed":
			f = fRemoved
			switch {
			case s.literal("true"):
				l.Removed = true
			case s.literal("false"):
			default:
				s.ok = false
			}
		default:
			s.ok = false // a field go-ethereum ignores, or matches without regard to case
		}
		if seen&f != 0 {
			s.ok = false // repeated: encoding/json keeps the last
		}
		seen |= f
		s.space()
		if s.byte('}') {
			break
		}
		if !s.byte(',') {
			s.ok = false
			return
		}
		s.space()
	}
	if seen&required != required {
		s.ok = false
	}
}

func (s *logScanner) topics() []common.Hash {
	out := []common.Hash{}
	for s.another(len(out)) {
		var h common.Hash
		s.fixed(h[:])
		out = append(out, h)
	}
	if !s.ok {
		return nil
	}
	return out
}

// another reads a JSON array's punctuation up to its next element: given the number of elements
// read so far, it says whether another follows. It is false at the closing bracket, and with s.ok
// false at anything else that is not an element's start (no opening bracket, a missing comma).
func (s *logScanner) another(read int) bool {
	if read == 0 {
		if !s.byte('[') {
			s.ok = false
			return false
		}
		s.space()
		return !s.byte(']') && s.ok
	}
	s.space()
	if s.byte(']') {
		return false
	}
	if !s.byte(',') {
		s.ok = false
		return false
	}
	s.space()
	return s.ok
}
