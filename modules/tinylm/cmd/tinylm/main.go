// Command tinylm continues a prompt with a character bigram model whose
// weights are embedded (trained by modules/tinylm/train from the shipped
// corpus). Arguments: prompt, seed, length. Output: /outputs/completion.txt.
package main

import (
	_ "embed"
	"fmt"
	"os"
	"strconv"

	"github.com/pond-compute/pond/modules/tinylm/model"
)

//go:embed weights.json
var weights []byte

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: tinylm <prompt> <seed> <length>")
		os.Exit(2)
	}
	seed, err := strconv.ParseUint(os.Args[2], 10, 64)
	if err != nil {
		fail(fmt.Errorf("seed: %w", err))
	}
	n, err := strconv.Atoi(os.Args[3])
	if err != nil || n < 0 || n > 1<<20 {
		fail(fmt.Errorf("length %q: want 0 to 1048576", os.Args[3]))
	}
	w, err := model.Decode(weights)
	if err != nil {
		fail(err)
	}
	text := os.Args[1] + w.Generate(os.Args[1], seed, n)
	fmt.Println(text)
	if err := os.WriteFile("/outputs/completion.txt", []byte(text+"\n"), 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "tinylm:", err)
	os.Exit(1)
}
