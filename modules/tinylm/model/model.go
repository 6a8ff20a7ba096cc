// Package model is a character bigram language model small enough to ship
// inside a module binary. Train counts bigrams in a corpus; Generate samples
// from those counts with a seeded splitmix64 generator, so
// a prompt and a seed always give the same text on every platform.
package model

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Alphabet is the model's vocabulary; other characters map to a space.
const Alphabet = "abcdefghijklmnopqrstuvwxyz .,'"

// Weights are bigram counts: Counts[i][j] is how often Alphabet[j] follows Alphabet[i].
type Weights struct {
	Alphabet string     `json:"alphabet"`
	Counts   [][]uint32 `json:"counts"`
}

func index(r rune) int {
	if r >= 'A' && r <= 'Z' {
		r += 'a' - 'A'
	}
	if i := strings.IndexRune(Alphabet, r); i >= 0 {
		return i
	}
	return strings.IndexByte(Alphabet, ' ')
}

// Train counts the bigrams of corpus.
func Train(corpus string) *Weights {
	n := len(Alphabet)
	w := &Weights{Alphabet: Alphabet, Counts: make([][]uint32, n)}
	for i := range w.Counts {
		w.Counts[i] = make([]uint32, n)
	}
	prev := -1
	for _, r := range corpus {
		i := index(r)
		if prev >= 0 {
			w.Counts[prev][i]++
		}
		prev = i
	}
	return w
}

// Encode serialises weights canonically.
func (w *Weights) Encode() []byte {
	b, _ := json.Marshal(w) // plain data always marshals
	return append(b, '\n')
}

// Decode parses and checks weights.
func Decode(b []byte) (*Weights, error) {
	var w Weights
	if err := json.Unmarshal(b, &w); err != nil {
		return nil, fmt.Errorf("weights: %w", err)
	}
	if w.Alphabet != Alphabet || len(w.Counts) != len(Alphabet) {
		return nil, fmt.Errorf("weights: alphabet mismatch")
	}
	for _, row := range w.Counts {
		if len(row) != len(Alphabet) {
			return nil, fmt.Errorf("weights: ragged table")
		}
	}
	return &w, nil
}

// splitmix64 is a tiny, well-known PRNG with a fixed definition.
type splitmix64 uint64

func (s *splitmix64) next() uint64 {
	*s += 0x9e3779b97f4a7c15
	z := uint64(*s)
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Generate continues prompt with n characters.
func (w *Weights) Generate(prompt string, seed uint64, n int) string {
	rng := splitmix64(seed)
	prev := index(' ')
	for _, r := range prompt {
		prev = index(r)
	}
	var b strings.Builder
	for k := 0; k < n; k++ {
		row := w.Counts[prev]
		var seen uint64
		for _, c := range row {
			seen += uint64(c)
		}
		// Unseen contexts fall back to uniform (add-one); seen ones use raw counts.
		smooth := uint64(0)
		if seen == 0 {
			smooth = 1
		}
		total := seen + smooth*uint64(len(row))
		x := rng.next() % total
		next := len(row) - 1
		for j, c := range row {
			if x < uint64(c)+smooth {
				next = j
				break
			}
			x -= uint64(c) + smooth
		}
		b.WriteByte(Alphabet[next])
		prev = next
	}
	return b.String()
}
