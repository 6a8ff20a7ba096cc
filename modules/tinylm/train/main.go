// Command train produces the tinylm weights from the corpus shipped with the
// module: go run ./modules/tinylm/train modules/tinylm/corpus.txt > modules/tinylm/cmd/tinylm/weights.json
package main

import (
	"fmt"
	"os"

	"github.com/pond-compute/pond/modules/tinylm/model"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: train <corpus.txt>")
		os.Exit(2)
	}
	corpus, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
	os.Stdout.Write(model.Train(string(corpus)).Encode())
}
