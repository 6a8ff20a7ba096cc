// Command slithercheck fails when slither reports a high or medium finding that the committed
// triage file does not explain, or when the triage file explains a finding slither no longer
// reports (so the file never keeps a stale excuse).
//
//	go run ./tools/slithercheck -report cache/slither.json -triage slither.triage.json
//
// A finding is identified by its detector and the first element it names (Contract.function
// signature, or Contract.variable), not by line numbers, so it survives unrelated edits.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
)

type element struct {
	Type   string `json:"type"`
	Name   string `json:"name"`
	Fields struct {
		Parent struct {
			Name   string `json:"name"`
			Type   string `json:"type"`
			Fields struct {
				Parent struct {
					Name string `json:"name"`
				} `json:"parent"`
			} `json:"type_specific_fields"`
		} `json:"parent"`
		Signature string `json:"signature"`
	} `json:"type_specific_fields"`
}

type finding struct {
	Check       string    `json:"check"`
	Impact      string    `json:"impact"`
	Description string    `json:"description"`
	Elements    []element `json:"elements"`
}

type report struct {
	Success bool   `json:"success"`
	Error   string `json:"error"`
	Results struct {
		Detectors []finding `json:"detectors"`
	} `json:"results"`
}

// Triaged is one explained finding of the triage file.
type Triaged struct {
	Check  string `json:"check"`
	Where  string `json:"where"`
	Reason string `json:"reason"`
}

// where names a finding's first element: Contract.signature for a function, Contract.name for
// a state variable, Contract.function.name for a local variable.
func where(f finding) string {
	if len(f.Elements) == 0 {
		return ""
	}
	e := f.Elements[0]
	p := e.Fields.Parent
	switch e.Type {
	case "function":
		return p.Name + "." + e.Fields.Signature
	case "variable":
		if p.Type == "function" {
			return p.Fields.Parent.Name + "." + p.Name + "." + e.Name
		}
		return p.Name + "." + e.Name
	}
	return p.Name + "." + e.Name
}

func main() {
	reportPath := flag.String("report", "cache/slither.json", "slither's --json output")
	triagePath := flag.String("triage", "slither.triage.json", "the committed triage file")
	flag.Parse()
	if err := run(*reportPath, *triagePath); err != nil {
		fmt.Fprintln(os.Stderr, "slither:", err)
		os.Exit(1)
	}
}

func run(reportPath, triagePath string) error {
	raw, err := os.ReadFile(reportPath)
	if err != nil {
		return err
	}
	var r report
	if err := json.Unmarshal(raw, &r); err != nil {
		return fmt.Errorf("parse %s: %w", reportPath, err)
	}
	if !r.Success && r.Error != "" {
		return fmt.Errorf("slither failed: %s", r.Error)
	}
	raw, err = os.ReadFile(triagePath)
	if err != nil {
		return err
	}
	var triaged []Triaged
	if err := json.Unmarshal(raw, &triaged); err != nil {
		return fmt.Errorf("parse %s: %w", triagePath, err)
	}
	explained := map[string]Triaged{}
	for _, t := range triaged {
		if strings.TrimSpace(t.Reason) == "" {
			return fmt.Errorf("%s: %s at %s has no reason", triagePath, t.Check, t.Where)
		}
		explained[t.Check+" "+t.Where] = t
	}
	seen := map[string]bool{}
	var untriaged []string
	counted := 0
	for _, f := range r.Results.Detectors {
		if f.Impact != "High" && f.Impact != "Medium" {
			continue
		}
		counted++
		key := f.Check + " " + where(f)
		if _, ok := explained[key]; ok {
			seen[key] = true
			continue
		}
		untriaged = append(untriaged, fmt.Sprintf("%s (%s) at %s:\n    %s", f.Check, f.Impact, where(f),
			strings.ReplaceAll(strings.TrimSpace(f.Description), "\n", "\n    ")))
	}
	var stale []string
	for key := range explained {
		if !seen[key] {
			stale = append(stale, key)
		}
	}
	sort.Strings(stale)
	if len(untriaged) > 0 || len(stale) > 0 {
		for _, u := range untriaged {
			fmt.Fprintln(os.Stderr, "untriaged:", u)
		}
		for _, s := range stale {
			fmt.Fprintln(os.Stderr, "stale triage entry (slither no longer reports it):", s)
		}
		return fmt.Errorf("%d untriaged high/medium finding(s), %d stale triage entr(ies): fix them or explain them in %s",
			len(untriaged), len(stale), triagePath)
	}
	fmt.Printf("slither: %d high/medium finding(s), each triaged in %s\n", counted, triagePath)
	return nil
}
