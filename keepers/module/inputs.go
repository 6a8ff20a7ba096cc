package module

import (
	"errors"
	"fmt"
	"text/template"
	"text/template/parse"
)

// ErrUnknownInput: an input was given that the module does not read.
var ErrUnknownInput = errors.New("unknown input")

// templateInputs finds the inputs a template reads: each {{.Name}} (the first field of a field
// chain on the data) and each {{optional . "Name" ...}}. An input is required unless every read
// of it sits under a guard on itself ({{if .Name}}, {{with .Name}}, including their conditions)
// or is an optional default; Lilypad's templates default inputs this way.
func templateInputs(t *template.Template) map[string]bool {
	fields := map[string]bool{}
	for _, tt := range t.Templates() {
		if tt.Tree != nil && tt.Root != nil {
			walkInputs(tt.Root, map[string]bool{}, fields)
		}
	}
	return fields
}

func note(fields map[string]bool, name string, required bool) {
	fields[name] = fields[name] || required
}

func walkInputs(n parse.Node, guarded map[string]bool, fields map[string]bool) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			walkInputs(c, guarded, fields)
		}
	case *parse.ActionNode:
		walkPipe(n.Pipe, guarded, fields)
	case *parse.IfNode:
		walkBranch(&n.BranchNode, guarded, fields)
	case *parse.WithNode:
		walkBranch(&n.BranchNode, guarded, fields)
	case *parse.RangeNode:
		walkBranch(&n.BranchNode, guarded, fields)
	case *parse.TemplateNode:
		walkPipe(n.Pipe, guarded, fields)
	}
}

// walkBranch: the inputs the condition names are guarded inside the branch and in the
// condition itself; the else branch is not guarded by them.
func walkBranch(b *parse.BranchNode, guarded map[string]bool, fields map[string]bool) {
	cond := map[string]bool{}
	collectFields(b.Pipe, cond)
	inner := map[string]bool{}
	for k := range guarded {
		inner[k] = true
	}
	for k := range cond {
		inner[k] = true
	}
	walkPipe(b.Pipe, inner, fields)
	walkInputs(b.List, inner, fields)
	if b.ElseList != nil {
		walkInputs(b.ElseList, guarded, fields)
	}
}

func walkPipe(p *parse.PipeNode, guarded map[string]bool, fields map[string]bool) {
	if p == nil {
		return
	}
	for _, cmd := range p.Cmds {
		if len(cmd.Args) >= 3 {
			if id, ok := cmd.Args[0].(*parse.IdentifierNode); ok && id.Ident == "optional" {
				if s, ok := cmd.Args[2].(*parse.StringNode); ok {
					note(fields, s.Text, false)
				}
			}
		}
		for _, a := range cmd.Args {
			walkArg(a, guarded, fields)
		}
	}
}

func walkArg(a parse.Node, guarded map[string]bool, fields map[string]bool) {
	switch a := a.(type) {
	case *parse.FieldNode:
		if len(a.Ident) > 0 {
			note(fields, a.Ident[0], !guarded[a.Ident[0]])
		}
	case *parse.PipeNode:
		walkPipe(a, guarded, fields)
	case *parse.ChainNode:
		walkArg(a.Node, guarded, fields)
	}
}

func collectFields(p *parse.PipeNode, out map[string]bool) {
	if p == nil {
		return
	}
	for _, cmd := range p.Cmds {
		for _, a := range cmd.Args {
			switch a := a.(type) {
			case *parse.FieldNode:
				if len(a.Ident) > 0 {
					out[a.Ident[0]] = true
				}
			case *parse.PipeNode:
				collectFields(a, out)
			}
		}
	}
}

// placeholderCID is any valid CID: it stands for file inputs when a spec is rendered only to
// read what does not depend on inputs.
const placeholderCID = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"

// UnpinnedImage returns the Docker image the module names by tag only (rendered with
// placeholder inputs, pins applied), or "" when it names none.
func (m *Module) UnpinnedImage() (string, error) {
	_, err := m.Describe()
	if err == nil || !errors.Is(err, ErrUnpinnedImage) {
		return "", err
	}
	var ue *UnpinnedImageError
	if errors.As(err, &ue) {
		return ue.Image, nil
	}
	return "", err
}

// Describe renders the spec with a placeholder for every required input, to read what does not
// depend on inputs: the resources, run time, primary input and image a version publishes.
func (m *Module) Describe() (*Spec, error) {
	in := Inputs{}
	for n, required := range m.fields {
		if required {
			in[n] = "x"
		}
	}
	for range 2 {
		spec, _, err := m.Render(in)
		var ie *InputError
		if !errors.As(err, &ie) || len(ie.Unknown) > 0 || len(ie.Missing) == 0 {
			return spec, err
		}
		for _, n := range ie.Missing {
			in[n] = placeholderCID
		}
	}
	return nil, fmt.Errorf("module %s: cannot render the spec with placeholder inputs", m.Dir)
}
