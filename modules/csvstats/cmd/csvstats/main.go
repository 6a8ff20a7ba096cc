// Command csvstats reads a CSV file (the Data input, fetched by CID to
// /inputs/Data), groups rows by one column and aggregates a numeric column:
// count, sum, min, max and mean per group, written to /outputs/stats.csv and
// /outputs/stats.json in group order. Same input, same bytes out.
package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
)

type stats struct {
	Group string  `json:"group"`
	Count int     `json:"count"`
	Sum   float64 `json:"sum"`
	Min   float64 `json:"min"`
	Max   float64 `json:"max"`
	Mean  float64 `json:"mean"`
}

func run(in io.Reader, groupBy, value string) ([]stats, error) {
	r := csv.NewReader(in)
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("read header: %w", err)
	}
	gi, vi := -1, -1
	for i, h := range header {
		switch h {
		case groupBy:
			gi = i
		case value:
			vi = i
		}
	}
	if gi < 0 || vi < 0 {
		return nil, fmt.Errorf("columns %q and %q must both be in the header %q", groupBy, value, header)
	}
	by := map[string]*stats{}
	for line := 2; ; line++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		v, err := strconv.ParseFloat(rec[vi], 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: %s: %w", line, value, err)
		}
		s, ok := by[rec[gi]]
		if !ok {
			s = &stats{Group: rec[gi], Min: v, Max: v}
			by[rec[gi]] = s
		}
		s.Count++
		s.Sum += v
		s.Min, s.Max = min(s.Min, v), max(s.Max, v)
	}
	out := make([]stats, 0, len(by))
	for _, s := range by {
		s.Mean = s.Sum / float64(s.Count)
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Group < out[j].Group })
	return out, nil
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: csvstats <group-by column> <value column>")
		os.Exit(2)
	}
	f, err := os.Open("/inputs/Data")
	if err != nil {
		fail(err)
	}
	res, err := run(f, os.Args[1], os.Args[2])
	if err != nil {
		fail(err)
	}
	c, err := os.Create("/outputs/stats.csv")
	if err != nil {
		fail(err)
	}
	w := csv.NewWriter(c)
	_ = w.Write([]string{"group", "count", "sum", "min", "max", "mean"})
	num := func(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
	for _, s := range res {
		_ = w.Write([]string{s.Group, strconv.Itoa(s.Count), num(s.Sum), num(s.Min), num(s.Max), num(s.Mean)})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		fail(err)
	}
	if err := c.Close(); err != nil {
		fail(err)
	}
	j, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		fail(err)
	}
	if err := os.WriteFile("/outputs/stats.json", append(j, '\n'), 0o644); err != nil {
		fail(err)
	}
	fmt.Printf("%d groups\n", len(res))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "csvstats:", err)
	os.Exit(1)
}
