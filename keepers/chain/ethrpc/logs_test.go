package ethrpc

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// randomLogs are logs with every field set to varied values: 0 to 4 topics, empty to long
// data, quantities from 0 to the largest, removed or not.
func randomLogs(r *rand.Rand, n int) []types.Log {
	logs := make([]types.Log, n)
	for i := range logs {
		l := &logs[i]
		fill(r, l.Address[:])
		l.Topics = make([]common.Hash, r.IntN(5))
		for j := range l.Topics {
			fill(r, l.Topics[j][:])
		}
		l.Data = make([]byte, []int{0, 1, 32, 2000}[r.IntN(4)])
		fill(r, l.Data)
		quantities := []uint64{0, 1, 15, 16, 255, 1 << 32, ^uint64(0), r.Uint64()}
		l.BlockNumber = quantities[r.IntN(len(quantities))]
		l.BlockTimestamp = quantities[r.IntN(len(quantities))]
		l.TxIndex = uint(quantities[r.IntN(len(quantities))])
		l.Index = uint(quantities[r.IntN(len(quantities))])
		fill(r, l.TxHash[:])
		fill(r, l.BlockHash[:])
		l.Removed = r.IntN(2) == 0
	}
	return logs
}

func fill(r *rand.Rand, b []byte) {
	for i := range b {
		b[i] = byte(r.Uint32())
	}
}

// viaJSON is go-ethereum's decoding (what ethclient.FilterLogs does with the result).
func viaJSON(raw []byte) ([]types.Log, error) {
	var logs []types.Log
	err := json.Unmarshal(raw, &logs)
	return logs, err
}

// The logs go-ethereum writes (compact or indented) are read in one pass, into exactly the logs
// go-ethereum's own decoding gives.
func TestDecodeLogsIsGoEthereumsDecoding(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 3, 50} {
		logs := randomLogs(r, n)
		compact, err := json.Marshal(logs)
		if err != nil {
			t.Fatal(err)
		}
		indented, err := json.MarshalIndent(logs, " ", "\t")
		if err != nil {
			t.Fatal(err)
		}
		for _, raw := range [][]byte{compact, indented} {
			want, err := viaJSON(raw)
			if err != nil {
				t.Fatal(err)
			}
			got, ok := fastLogs(raw)
			if !ok {
				t.Fatalf("%d logs as go-ethereum writes them were not read in one pass:\n%.300s", n, raw)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%d logs: one pass gave\n%+v\ngo-ethereum gives\n%+v", n, got, want)
			}
		}
	}
}

// What the one pass does not read exactly as encoding/json does is left to it: the same logs,
// or go-ethereum's error.
func TestDecodeLogsLeavesTheUnusualToEncodingJSON(t *testing.T) {
	one, err := json.Marshal(randomLogs(rand.New(rand.NewPCG(3, 4)), 1))
	if err != nil {
		t.Fatal(err)
	}
	log := string(one)
	cases := map[string]string{
		"null":                      "null",
		"empty":                     " [ ] ",
		"an unknown field":          strings.Replace(log, `"removed"`, `"extra":{"a":[1]},"removed"`, 1),
		"a field in other case":     strings.Replace(log, `"address"`, `"Address"`, 1),
		"an escape in a hex string": strings.Replace(log, `"data":"0x`, `"data":"\u0030x`, 1),
		"null topics":               strings.Replace(log, `"topics":[`, `"topics":null,"x":[`, 1),
		"no transaction hash":       strings.Replace(log, `"transactionHash"`, `"transactionHashes"`, 1),
		"a repeated field":          strings.Replace(log, `"removed"`, `"logIndex":"0x7","removed"`, 1),
		"a leading zero":            strings.Replace(log, `"logIndex":"0x`, `"logIndex":"0x0`, 1),
		"odd data":                  strings.Replace(log, `"data":"0x`, `"data":"0x1`, 1),
		"upper-case prefix":         strings.Replace(log, `"data":"0x`, `"data":"0X`, 1),
		"an empty quantity":         strings.Replace(log, `"blockNumber":"0x`, `"blockNumber":"0x","x":"`, 1),
		"removed null":              strings.Replace(strings.Replace(log, `"removed":true`, `"removed":null`, 1), `"removed":false`, `"removed":null`, 1),
		"trailing garbage":          log + "x",
		"a short hash":              strings.Replace(log, `"blockHash":"0x`, `"blockHash":"0x00`, 1),
	}
	for name, raw := range cases {
		want, wantErr := viaJSON([]byte(raw))
		got, err := decodeLogs([]byte(raw))
		if (err != nil) != (wantErr != nil) || (err != nil && err.Error() != wantErr.Error()) {
			t.Fatalf("%s: error %v, go-ethereum's %v", name, err, wantErr)
		}
		if err == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: %+v, go-ethereum gives %+v", name, got, want)
		}
	}
}

func FuzzDecodeLogs(f *testing.F) {
	for i, n := range []int{0, 1, 2} {
		raw, err := json.Marshal(randomLogs(rand.New(rand.NewPCG(uint64(i), 9)), n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		want, wantErr := viaJSON(raw)
		got, err := decodeLogs(raw)
		if (err != nil) != (wantErr != nil) || (err != nil && err.Error() != wantErr.Error()) {
			t.Fatalf("error %v, go-ethereum's %v", err, wantErr)
		}
		if err == nil && !reflect.DeepEqual(got, want) {
			t.Fatalf("%+v, go-ethereum gives %+v", got, want)
		}
	})
}

// BenchmarkDecodeLogs decodes eth_getLogs answers of 200 logs in one pass and through
// go-ethereum's decoding: varied logs (randomLogs), and event-sized ones (four topics, 96 bytes
// of data) where the scanning rather than the data's hex is most of the work.
func BenchmarkDecodeLogs(b *testing.B) {
	varied := randomLogs(rand.New(rand.NewPCG(5, 6)), 200)
	r := rand.New(rand.NewPCG(7, 8))
	eventSized := randomLogs(r, 200)
	for i := range eventSized {
		l := &eventSized[i]
		l.Topics = make([]common.Hash, 4)
		for j := range l.Topics {
			fill(r, l.Topics[j][:])
		}
		l.Data = make([]byte, 96)
		fill(r, l.Data)
	}
	for _, c := range []struct {
		name string
		logs []types.Log
	}{{"varied", varied}, {"eventSized", eventSized}} {
		raw, err := json.Marshal(c.logs)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(c.name+"/onePass", func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for range b.N {
				if _, ok := fastLogs(raw); !ok {
					b.Fatal("not read in one pass")
				}
			}
		})
		b.Run(c.name+"/encodingJSON", func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			for range b.N {
				if _, err := viaJSON(raw); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
