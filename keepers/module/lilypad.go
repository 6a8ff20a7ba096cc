package module

// Lilypad's module format: lilypad_module.json.tmpl renders to
//
//	{"machine": {"gpu": 1, "cpu": 1000, "ram": 8000},
//	 "inputFiles": {"required": ["cat.jpg"], "optional": ["facts.txt"]},
//	 "job": {"APIVersion": "V1beta1", "Spec": {"Engine": "Docker",
//	   "Docker": {"Image": "...", "Entrypoint": [...], "EnvironmentVariables": ["K=V"]},
//	   "Network": {"Type": "None"}, "Outputs": [{"Name": "outputs", "Path": "/outputs"}],
//	   "Resources": {"GPU": "1"}, "Timeout": 1800, ...}}}
//
// (Bacalhau's job spec; newer templates put the Docker part under "EngineSpec": {"Type":
// "docker", "Params": {...}}). Keys match case-insensitively, as Lilypad's Go decoding does.
// MapLilypad maps it onto Spec; every field Pond cannot honour is named in one error.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// ErrUnsupportedField: a Lilypad template uses a field, or a value, Pond does not support.
var ErrUnsupportedField = errors.New("unsupported Lilypad module field")

// Defaults for what a Lilypad template may leave out.
const (
	LilypadDefaultTimeout = 1800 // seconds
	LilypadDefaultDiskMiB = 1024
	LilypadDefaultCPU     = 1000 // millicores
	LilypadDefaultRAMMiB  = 1024
)

type object map[string]json.RawMessage

// lookup finds key case-insensitively and marks it seen.
func (o object) take(key string, seen map[string]bool) (json.RawMessage, bool) {
	for k, v := range o {
		if strings.EqualFold(k, key) {
			seen[k] = true
			return v, !isNull(v)
		}
	}
	return nil, false
}

func isNull(v json.RawMessage) bool { return bytes.Equal(bytes.TrimSpace(v), []byte("null")) }

// isEmpty: null, "", 0, false, or an object or list of only empty values ({"EntryModule": {}}).
func isEmpty(v json.RawMessage) bool {
	t := string(bytes.TrimSpace(v))
	switch t {
	case "", "null", "{}", "[]", `""`, "0", "false":
		return true
	}
	var o map[string]json.RawMessage
	if json.Unmarshal(v, &o) == nil {
		for _, x := range o {
			if !isEmpty(x) {
				return false
			}
		}
		return true
	}
	var l []json.RawMessage
	if json.Unmarshal(v, &l) == nil {
		for _, x := range l {
			if !isEmpty(x) {
				return false
			}
		}
		return true
	}
	return false
}

type lilypadMapper struct {
	problems []string
	spec     Spec
}

func (l *lilypadMapper) bad(path, format string, a ...any) {
	l.problems = append(l.problems, path+": "+fmt.Sprintf(format, a...))
}

func (l *lilypadMapper) object(path string, raw json.RawMessage) object {
	var o object
	if err := json.Unmarshal(raw, &o); err != nil {
		l.bad(path, "want a JSON object: %v", err)
		return nil
	}
	return o
}

// rest reports every key of o not seen, except those that may be present when empty.
func (l *lilypadMapper) rest(path string, o object, seen map[string]bool, ignoredIfEmpty ...string) {
	keys := make([]string, 0, len(o))
	for k := range o {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if seen[k] {
			continue
		}
		ignorable := false
		for _, ig := range ignoredIfEmpty {
			if strings.EqualFold(k, ig) {
				ignorable = true
			}
		}
		if ignorable && isEmpty(o[k]) {
			continue
		}
		l.bad(path+"."+k, "not supported by Pond (%s)", strings.TrimSpace(truncate(string(o[k]), 60)))
	}
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

// MapLilypad maps a rendered Lilypad module onto Pond's spec (its image may still need a pin).
func MapLilypad(rendered []byte) (*Spec, error) {
	l := &lilypadMapper{spec: Spec{Executor: ExecutorDocker, Outputs: []string{}}}
	dec := json.NewDecoder(bytes.NewReader(rendered))
	var top object
	if err := dec.Decode(&top); err != nil {
		return nil, fmt.Errorf("%w: rendered Lilypad module is not a JSON object: %v", ErrInvalidSpec, err)
	}
	if _, err := dec.Token(); err == nil {
		return nil, fmt.Errorf("%w: trailing data after the Lilypad module object", ErrInvalidSpec)
	}
	seen := map[string]bool{}
	var machine Resources
	if raw, ok := top.take("machine", seen); ok {
		machine = l.machine(raw)
	} else {
		l.bad("machine", "required (gpu, cpu millicores, ram MiB)")
	}
	if raw, ok := top.take("inputFiles", seen); ok {
		l.inputFiles(raw)
	}
	if raw, ok := top.take("job", seen); ok {
		l.job(raw, machine)
	} else {
		l.bad("job", "required")
	}
	l.rest("", top, seen)
	if len(l.problems) > 0 {
		return nil, fmt.Errorf("%w: %s", ErrUnsupportedField, strings.Join(l.problems, "; "))
	}
	return &l.spec, nil
}

func (l *lilypadMapper) uint(path string, raw json.RawMessage, max uint64) uint64 {
	var n json.Number
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	if err := d.Decode(&n); err != nil {
		// Bacalhau writes quantities as strings too ("GPU": "1").
		var s string
		if json.Unmarshal(raw, &s) != nil {
			l.bad(path, "want a number, got %s", truncate(string(raw), 40))
			return 0
		}
		if s == "" {
			return 0
		}
		n = json.Number(s)
	}
	v, err := strconv.ParseUint(n.String(), 10, 64)
	if err != nil || v > max {
		l.bad(path, "want a whole number up to %d, got %s", max, n)
		return 0
	}
	return v
}

func (l *lilypadMapper) machine(raw json.RawMessage) Resources {
	o := l.object("machine", raw)
	seen := map[string]bool{}
	var r Resources
	if v, ok := o.take("gpu", seen); ok {
		r.GPUs = uint8(l.uint("machine.gpu", v, math.MaxUint8))
	}
	if v, ok := o.take("cpu", seen); ok {
		r.CPUMillis = uint32(l.uint("machine.cpu", v, math.MaxUint32))
	}
	if v, ok := o.take("ram", seen); ok {
		r.RAMMiB = uint32(l.uint("machine.ram", v, math.MaxUint32))
	}
	if v, ok := o.take("vram", seen); ok {
		r.VRAMMiB = uint32(l.uint("machine.vram", v, math.MaxUint32))
	}
	if v, ok := o.take("disk", seen); ok {
		r.DiskMiB = uint32(l.uint("machine.disk", v, math.MaxUint32))
	}
	l.rest("machine", o, seen)
	return r
}

func (l *lilypadMapper) inputFiles(raw json.RawMessage) {
	o := l.object("inputFiles", raw)
	seen := map[string]bool{}
	for _, part := range []struct {
		key string
		dst *[]string
	}{{"required", &l.spec.FileInputs}, {"optional", &l.spec.OptionalFileInputs}} {
		if v, ok := o.take(part.key, seen); ok {
			if err := json.Unmarshal(v, part.dst); err != nil {
				l.bad("inputFiles."+part.key, "want a list of file names: %v", err)
			}
		}
	}
	l.rest("inputFiles", o, seen)
}

func (l *lilypadMapper) job(raw json.RawMessage, machine Resources) {
	o := l.object("job", raw)
	seen := map[string]bool{}
	if v, ok := o.take("APIVersion", seen); ok {
		var s string
		if json.Unmarshal(v, &s) != nil || !strings.EqualFold(s, "V1beta1") {
			l.bad("job.APIVersion", "want \"V1beta1\", got %s", v)
		}
	}
	o.take("Metadata", seen) // who created it and when: no effect on the run
	spec, ok := o.take("Spec", seen)
	if !ok {
		l.bad("job.Spec", "required")
	} else {
		l.jobSpec(spec, machine)
	}
	l.rest("job", o, seen)
}

func (l *lilypadMapper) jobSpec(raw json.RawMessage, machine Resources) {
	const p = "job.Spec"
	o := l.object(p, raw)
	seen := map[string]bool{}
	engine := "docker"
	if v, ok := o.take("Engine", seen); ok {
		var s string
		_ = json.Unmarshal(v, &s)
		if !strings.EqualFold(s, "docker") {
			l.bad(p+".Engine", "only Docker is supported, got %s", v)
		}
	}
	var docker json.RawMessage
	dockerPath := p + ".Docker"
	if v, ok := o.take("Docker", seen); ok && !isEmpty(v) {
		docker = v
	}
	if v, ok := o.take("EngineSpec", seen); ok && !isEmpty(v) {
		es := l.object(p+".EngineSpec", v)
		esSeen := map[string]bool{}
		if t, ok := es.take("Type", esSeen); ok {
			var s string
			_ = json.Unmarshal(t, &s)
			engine = strings.ToLower(s)
			if engine != "docker" {
				l.bad(p+".EngineSpec.Type", "only docker is supported, got %s", t)
			}
		}
		if params, ok := es.take("Params", esSeen); ok {
			if docker != nil {
				l.bad(p+".EngineSpec", "given together with "+p+".Docker; keep one")
			}
			docker, dockerPath = params, p+".EngineSpec.Params"
		}
		l.rest(p+".EngineSpec", es, esSeen)
	}
	if docker == nil {
		l.bad(p+".Docker", "required (the image to run)")
	} else {
		l.docker(dockerPath, docker)
	}
	if v, ok := o.take("Network", seen); ok {
		n := l.object(p+".Network", v)
		nSeen := map[string]bool{}
		if t, ok := n.take("Type", nSeen); ok {
			var s string
			_ = json.Unmarshal(t, &s)
			if !strings.EqualFold(s, "None") {
				l.bad(p+".Network.Type", "Pond modules run without network; only \"None\" is supported, got %s", t)
			}
		}
		l.rest(p+".Network", n, nSeen, "Domains")
	}
	if v, ok := o.take("Outputs", seen); ok {
		l.outputs(p+".Outputs", v)
	}
	res := machine
	if v, ok := o.take("Resources", seen); ok {
		l.resources(p+".Resources", v, &res)
	}
	if res.CPUMillis == 0 {
		res.CPUMillis = LilypadDefaultCPU
	}
	if res.RAMMiB == 0 {
		res.RAMMiB = LilypadDefaultRAMMiB
	}
	if res.DiskMiB == 0 {
		res.DiskMiB = LilypadDefaultDiskMiB
	}
	l.spec.Resources = res
	l.spec.Timeout = LilypadDefaultTimeout
	if v, ok := o.take("Timeout", seen); ok {
		if t := l.uint(p+".Timeout", v, MaxTimeout); t > 0 {
			l.spec.Timeout = uint32(t)
		}
	}
	if v, ok := o.take("Deal", seen); ok {
		d := l.object(p+".Deal", v)
		dSeen := map[string]bool{}
		if c, ok := d.take("Concurrency", dSeen); ok {
			if n := l.uint(p+".Deal.Concurrency", c, math.MaxUint32); n > 1 {
				l.bad(p+".Deal.Concurrency", "a Pond job runs once (mediators re-run it on a dispute); got %d", n)
			}
		}
		l.rest(p+".Deal", d, dSeen)
	}
	for _, k := range []string{"PublisherSpec", "Publisher"} {
		if v, ok := o.take(k, seen); ok && !isEmpty(v) {
			l.publisher(p+"."+k, v)
		}
	}
	// The verifier is Pond's challenge and mediation, whatever the template says.
	o.take("Verifier", seen)
	l.rest(p, o, seen, "Language", "Wasm", "Inputs", "Annotations", "NodeSelectors", "Contexts", "DoNotTrack")
}

func (l *lilypadMapper) docker(p string, raw json.RawMessage) {
	o := l.object(p, raw)
	seen := map[string]bool{}
	d := &Docker{}
	if v, ok := o.take("Image", seen); ok {
		_ = json.Unmarshal(v, &d.Image)
	}
	if d.Image == "" {
		l.bad(p+".Image", "required")
	} else if !IsPinned(d.Image) && !imageRef.MatchString(d.Image) {
		l.bad(p+".Image", "%q is not an image reference", d.Image)
	}
	if v, ok := o.take("Entrypoint", seen); ok {
		if err := json.Unmarshal(v, &d.Entrypoint); err != nil {
			l.bad(p+".Entrypoint", "want a list of strings: %v", err)
		}
	}
	if v, ok := o.take("Parameters", seen); ok {
		if err := json.Unmarshal(v, &l.spec.Args); err != nil {
			l.bad(p+".Parameters", "want a list of strings: %v", err)
		}
	}
	if v, ok := o.take("EnvironmentVariables", seen); ok {
		var env []string
		if err := json.Unmarshal(v, &env); err != nil {
			l.bad(p+".EnvironmentVariables", "want a list of \"NAME=value\" strings: %v", err)
		}
		for _, kv := range env {
			k, val, ok := strings.Cut(kv, "=")
			if !ok || k == "" {
				l.bad(p+".EnvironmentVariables", "%q is not NAME=value", kv)
				continue
			}
			if l.spec.Env == nil {
				l.spec.Env = map[string]string{}
			}
			l.spec.Env[k] = val
		}
	}
	if v, ok := o.take("WorkingDirectory", seen); ok {
		var wd string
		_ = json.Unmarshal(v, &wd)
		if wd != "" && wd != "/" {
			l.bad(p+".WorkingDirectory", "Pond runs modules in /; got %q", wd)
		}
	}
	l.rest(p, o, seen)
	l.spec.Docker = d
}

func (l *lilypadMapper) outputs(p string, raw json.RawMessage) {
	var outs []json.RawMessage
	if err := json.Unmarshal(raw, &outs); err != nil {
		l.bad(p, "want a list: %v", err)
		return
	}
	for i, out := range outs {
		op := fmt.Sprintf("%s[%d]", p, i)
		o := l.object(op, out)
		seen := map[string]bool{}
		var path string
		if v, ok := o.take("Path", seen); ok {
			_ = json.Unmarshal(v, &path)
		}
		if strings.TrimSuffix(path, "/") != "/outputs" {
			l.bad(op+".Path", "Pond collects results from /outputs only; got %q", path)
		}
		o.take("Name", seen)
		if v, ok := o.take("StorageSource", seen); ok {
			var s string
			_ = json.Unmarshal(v, &s)
			if !strings.EqualFold(s, "IPFS") {
				l.bad(op+".StorageSource", "results are stored by CID (IPFS); got %s", v)
			}
		}
		l.rest(op, o, seen)
	}
}

func (l *lilypadMapper) publisher(p string, raw json.RawMessage) {
	o := l.object(p, raw)
	seen := map[string]bool{}
	if v, ok := o.take("Type", seen); ok {
		var s string
		_ = json.Unmarshal(v, &s)
		if !strings.EqualFold(s, "IPFS") && s != "" {
			l.bad(p+".Type", "results are published by CID (IPFS); got %s", v)
		}
	}
	l.rest(p, o, seen, "Params")
}

// resources merges the job's Resources into the machine's: the larger of each wins.
func (l *lilypadMapper) resources(p string, raw json.RawMessage, r *Resources) {
	o := l.object(p, raw)
	seen := map[string]bool{}
	if v, ok := o.take("GPU", seen); ok {
		if g := uint8(l.uint(p+".GPU", v, math.MaxUint8)); g > r.GPUs {
			r.GPUs = g
		}
	}
	if v, ok := o.take("CPU", seen); ok {
		if m, err := parseCPU(v); err != nil {
			l.bad(p+".CPU", "%v", err)
		} else if m > r.CPUMillis {
			r.CPUMillis = m
		}
	}
	for _, q := range []struct {
		key string
		dst *uint32
	}{{"Memory", &r.RAMMiB}, {"Disk", &r.DiskMiB}} {
		if v, ok := o.take(q.key, seen); ok {
			if m, err := parseMiB(v); err != nil {
				l.bad(p+"."+q.key, "%v", err)
			} else if m > *q.dst {
				*q.dst = m
			}
		}
	}
	l.rest(p, o, seen)
}

func jsonText(v json.RawMessage) string {
	var s string
	if json.Unmarshal(v, &s) == nil {
		return strings.TrimSpace(s)
	}
	return strings.TrimSpace(string(v))
}

// parseCPU reads Bacalhau's CPU quantity: cores ("1", "0.5") or millicores ("500m").
func parseCPU(v json.RawMessage) (uint32, error) {
	s := jsonText(v)
	if s == "" {
		return 0, nil
	}
	if m, ok := strings.CutSuffix(s, "m"); ok {
		n, err := strconv.ParseUint(m, 10, 32)
		if err != nil {
			return 0, fmt.Errorf("want cores (\"1\", \"0.5\") or millicores (\"500m\"), got %q", s)
		}
		return uint32(n), nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < 0 || f*1000 > math.MaxUint32 {
		return 0, fmt.Errorf("want cores (\"1\", \"0.5\") or millicores (\"500m\"), got %q", s)
	}
	return uint32(math.Ceil(f * 1000)), nil
}

// parseMiB reads a memory or disk quantity ("512Mb", "8gb", "1Gi", "1024") into MiB; a bare
// number is bytes, as in Bacalhau.
func parseMiB(v json.RawMessage) (uint32, error) {
	s := strings.ToLower(jsonText(v))
	if s == "" {
		return 0, nil
	}
	units := []struct {
		suffix string
		bytes  float64
	}{{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"tib", 1 << 40},
		{"ki", 1 << 10}, {"mi", 1 << 20}, {"gi", 1 << 30}, {"ti", 1 << 40},
		{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"tb", 1e12},
		{"k", 1e3}, {"m", 1e6}, {"g", 1e9}, {"t", 1e12}, {"b", 1}}
	mult := 1.0
	num := s
	for _, u := range units {
		if n, ok := strings.CutSuffix(s, u.suffix); ok {
			mult, num = u.bytes, strings.TrimSpace(n)
			break
		}
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil || f < 0 {
		return 0, fmt.Errorf("want a size such as \"512Mb\" or \"8Gi\", got %q", s)
	}
	mib := math.Ceil(f * mult / (1 << 20))
	if mib > math.MaxUint32 {
		return 0, fmt.Errorf("size %q too large", s)
	}
	return uint32(mib), nil
}
