// Tests for the example modules: their pins match what `make modules` builds,
// and every module gives the same, correct outputs twice with both executors.
package modules_test

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/pond-compute/pond/keepers/executor"
	"github.com/pond-compute/pond/keepers/module"
	"github.com/pond-compute/pond/keepers/modulerun"
	"github.com/pond-compute/pond/keepers/storage"
	"github.com/pond-compute/pond/keepers/testenv"
	"github.com/pond-compute/pond/modules/tinylm/model"
)

var exampleInputs = map[string]module.Inputs{
	"cowsay":   {"Message": "moo from pond"},
	"csvstats": {"Data": "@example.csv", "GroupBy": "region", "Value": "revenue"},
	"tinylm":   {"Prompt": "the pond", "Seed": "7", "Length": "120"},
}

// loadBuilt loads a module and its spec, requiring `make modules` to have run.
func loadBuilt(t *testing.T, name string, in module.Inputs) (*module.Module, *module.Spec) {
	t.Helper()
	m, err := module.Load(name)
	if err != nil {
		t.Fatal(err)
	}
	s, _, err := m.Render(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{s.Wasm.Module, s.Docker.ImageArchive} {
		if _, err := os.Stat(m.Path(f)); err != nil {
			if testenv.CI() {
				t.Fatalf("%s/%s not built: %v", name, f, err)
			}
			t.Skipf("%s/%s not built (run `make modules`)", name, f)
		}
	}
	return m, s
}

func renderInputs(name string) module.Inputs {
	in := module.Inputs{}
	for k, v := range exampleInputs[name] {
		if strings.HasPrefix(v, "@") {
			v = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku" // any CID renders
		}
		in[k] = v
	}
	return in
}

// imageArchiveID recomputes the image ID (sha256 of the config) inside a docker-save archive.
func imageArchiveID(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	files := map[string][]byte{}
	tr := tar.NewReader(f)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(tr)
		files[h.Name] = b
	}
	var manifest []struct{ Config string }
	if err := json.Unmarshal(files["manifest.json"], &manifest); err != nil || len(manifest) != 1 {
		t.Fatalf("manifest: %v", err)
	}
	sum := sha256.Sum256(files[manifest[0].Config])
	return "sha256:" + hex.EncodeToString(sum[:])
}

// TestModulePins checks that the artifacts built from source match the pins
// committed in each module.tmpl (make modules-check runs it after a rebuild).
func TestModulePins(t *testing.T) {
	for name := range exampleInputs {
		t.Run(name, func(t *testing.T) {
			m, s := loadBuilt(t, name, renderInputs(name))
			if _, err := m.WasmBinary(s); err != nil {
				t.Fatalf("wasm pin: %v (rebuild with `make modules` and update module.tmpl if the source changed)", err)
			}
			if got := imageArchiveID(t, m.Path(s.Docker.ImageArchive)); got != s.Docker.Image {
				t.Fatalf("image archive has ID %s, module.tmpl pins %s", got, s.Docker.Image)
			}
		})
	}
	t.Run("tinylm weights", func(t *testing.T) {
		corpus, err := os.ReadFile("tinylm/corpus.txt")
		if err != nil {
			t.Fatal(err)
		}
		shipped, err := os.ReadFile("tinylm/cmd/tinylm/weights.json")
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(model.Train(string(corpus)).Encode(), shipped) {
			t.Fatal("weights.json is not what training on corpus.txt produces (go run ./modules/tinylm/train tinylm/corpus.txt)")
		}
	})
}

func TestExampleModules_deterministicAndCorrect(t *testing.T) {
	ctx := context.Background()
	executors := map[string]executor.Executor{}
	w := executor.NewWasm()
	defer w.Close(ctx)
	executors[module.ExecutorWasm] = w
	if d, err := executor.NewDocker(ctx); err == nil {
		executors[module.ExecutorDocker] = d
	} else {
		testenv.Unavailable(t, "Docker engine", err)
	}
	store, err := storage.NewLocalStore(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	r := &modulerun.Runner{Executors: executors, Store: store}

	for name, raw := range exampleInputs {
		t.Run(name, func(t *testing.T) {
			in := module.Inputs{}
			for k, v := range raw {
				if strings.HasPrefix(v, "@") {
					c, err := store.Put(ctx, filepath.Join(name, v[1:]))
					if err != nil {
						t.Fatal(err)
					}
					v = c.String()
				}
				in[k] = v
			}
			m, _ := loadBuilt(t, name, in)
			var cids []string
			for _, ex := range []string{module.ExecutorWasm, module.ExecutorDocker} {
				for i := 0; i < 2; i++ {
					run, err := r.Run(ctx, m, in, ex, t.TempDir())
					if err != nil {
						t.Fatalf("%s run %d: %v\nstderr: %s", ex, i, err, run.Result.Stderr)
					}
					t.Logf("%s %s run %d: %s", name, ex, i+1, run.CID)
					cids = append(cids, run.CID.String())
					checkOutputs(t, name, run.OutputsDir)
				}
			}
			for _, c := range cids[1:] {
				if c != cids[0] {
					t.Fatalf("outputs differ between runs or executors: %q", cids)
				}
			}
		})
	}
}

func checkOutputs(t *testing.T, name, dir string) {
	t.Helper()
	switch name {
	case "cowsay":
		b, err := os.ReadFile(filepath.Join(dir, "cow.txt"))
		if err != nil || !strings.Contains(string(b), "< moo from pond >") || !strings.Contains(string(b), "(oo)") {
			t.Fatalf("cow.txt: %q %v", b, err)
		}
	case "csvstats":
		// Recompute the aggregates from example.csv independently.
		f, err := os.Open("csvstats/example.csv")
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		sums, counts := map[string]float64{}, map[string]int{}
		for _, r := range rows[1:] {
			v, _ := strconv.ParseFloat(r[3], 64)
			sums[r[0]] += v
			counts[r[0]]++
		}
		b, err := os.ReadFile(filepath.Join(dir, "stats.json"))
		if err != nil {
			t.Fatal(err)
		}
		var got []struct {
			Group string
			Count int
			Sum   float64
			Mean  float64
		}
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		if len(got) != len(sums) {
			t.Fatalf("%d groups, want %d", len(got), len(sums))
		}
		for i, g := range got {
			if i > 0 && got[i-1].Group >= g.Group {
				t.Fatalf("groups not sorted: %v", got)
			}
			if g.Count != counts[g.Group] || math.Abs(g.Sum-sums[g.Group]) > 1e-9 || math.Abs(g.Mean-sums[g.Group]/float64(counts[g.Group])) > 1e-9 {
				t.Fatalf("group %s: got %+v, want count %d sum %v", g.Group, g, counts[g.Group], sums[g.Group])
			}
		}
	case "tinylm":
		b, err := os.ReadFile(filepath.Join(dir, "completion.txt"))
		if err != nil {
			t.Fatal(err)
		}
		text := strings.TrimSuffix(string(b), "\n")
		if !strings.HasPrefix(text, "the pond") || len(text) != len("the pond")+120 {
			t.Fatalf("completion %q: want the prompt and 120 characters", text)
		}
		w, err := model.Decode(mustRead(t, "tinylm/cmd/tinylm/weights.json"))
		if err != nil {
			t.Fatal(err)
		}
		if want := "the pond" + w.Generate("the pond", 7, 120); text != want {
			t.Fatalf("module output differs from the model run in-process:\n%q\n%q", text, want)
		}
	}
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
