package explorer

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/pond-compute/pond/keepers/audit"
	"github.com/pond-compute/pond/keepers/chain"
	"github.com/pond-compute/pond/keepers/client"
	"github.com/pond-compute/pond/keepers/index"
	"github.com/pond-compute/pond/keepers/state"
)

//go:embed templates/*.html static/*
var assets embed.FS

var pages = template.Must(template.New("").Funcs(template.FuncMap{
	"short": func(a common.Address) string { h := a.Hex(); return h[:8] + "…" + h[len(h)-4:] },
	"addr":  func(a *common.Address) string { return a.Hex() },
}).ParseFS(assets, "templates/*.html"))

// pageLimit is how many jobs the page lists (the API pages through all).
const pageLimit = 50

// Status is the explorer's position on the chain.
type Status struct {
	ChainID    uint64           `json:"chainId"`
	Deployment chain.Deployment `json:"deployment"`
	// Block is the last block whose events are applied; the API answers as of it.
	Block uint64 `json:"block"`
	Jobs  uint64 `json:"jobs"`
}

// AuditSummary is the latest audit, as the page shows it.
type AuditSummary struct {
	Done          bool     `json:"done"`
	OK            bool     `json:"ok"`
	Block         uint64   `json:"block"`
	Failures      int      `json:"failures"`
	Discrepancies []string `json:"discrepancies"`
	Notes         []string `json:"notes"`
	Books         []string `json:"books"`
	Code          []string `json:"code"`
	Error         string   `json:"error,omitempty"`
}

type pageData struct {
	Status    Status
	Jobs      []JobView
	Offers    []OfferView
	Providers []ProviderView
	Mediators []MediatorView
	Balances  []BalanceView
	Audit     AuditSummary
	Batch     *BatchFailures
	Job       *JobView
}

// BatchFailures are the newest failed items of batched market calls, and how many there are.
type BatchFailures struct {
	Total int                     `json:"total"`
	Items []audit.BatchItemFailed `json:"items"`
}

// batchFailures reads the newest limit failed batch items.
func (e *Explorer) batchFailures(limit int) (*BatchFailures, error) {
	failed, total, err := e.x.BatchItemFailures(limit)
	if err != nil {
		return nil, err
	}
	out := &BatchFailures{Total: total, Items: []audit.BatchItemFailed{}}
	for _, f := range failed {
		out.Items = append(out.Items, audit.NewBatchItemFailed(f))
	}
	return out, nil
}

func (e *Explorer) routes(ctx context.Context) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /static/", http.FileServerFS(assets))
	mux.HandleFunc("GET /{$}", e.page("page"))
	mux.HandleFunc("GET /jobs/{id}", e.page("jobpage"))
	mux.HandleFunc("GET /fragments/{section}", e.fragment)
	mux.HandleFunc("GET /fragments/jobs/{id}", e.page("job"))

	mux.HandleFunc("GET /api/status", e.api(func(r *http.Request) (any, error) { return e.status(), nil }))
	mux.HandleFunc("GET /api/jobs", e.api(e.jobs))
	mux.HandleFunc("GET /api/jobs/{id}", e.api(func(r *http.Request) (any, error) { return e.job(r.PathValue("id")) }))
	mux.HandleFunc("GET /api/deals", e.api(func(r *http.Request) (any, error) {
		q := r.URL.Query()
		q.Set("deals", "true")
		r.URL.RawQuery = q.Encode()
		return e.jobs(r)
	}))
	mux.HandleFunc("GET /api/offers", e.api(func(r *http.Request) (any, error) { return e.offers(r.Context()) }))
	mux.HandleFunc("GET /api/providers", e.api(func(r *http.Request) (any, error) { return e.providers(r.Context()) }))
	mux.HandleFunc("GET /api/mediators", e.api(func(r *http.Request) (any, error) { return e.mediators(), nil }))
	mux.HandleFunc("GET /api/mediations", e.api(e.mediations))
	mux.HandleFunc("GET /api/balances", e.api(e.balances))
	mux.HandleFunc("GET /api/audit", e.api(func(r *http.Request) (any, error) {
		rep, err := e.Audit()
		switch {
		case rep == nil && err == nil:
			return nil, errNotYet
		case rep == nil:
			return nil, err
		case err != nil:
			// The latest audit did not run to its end: the last report is of an earlier block,
			// and must not pass for the market's state now.
			return nil, fmt.Errorf("%w: the latest audit failed: %v (the last complete report, of block %d, is no longer current)",
				errAuditFailed, err, rep.Block)
		}
		return rep, nil
	}))
	mux.HandleFunc("GET /api/batch-failures", e.api(func(r *http.Request) (any, error) {
		limit, err := queryUint(r, "limit")
		if err != nil {
			return nil, err
		}
		if limit == 0 {
			limit = pageLimit
		}
		return e.batchFailures(int(min(limit, 1000)))
	}))
	mux.HandleFunc("GET /api/events", e.api(e.events))
	mux.HandleFunc("GET /api/stream", func(w http.ResponseWriter, r *http.Request) { e.stream(ctx, w, r) })
	return mux
}

var (
	errNotYet = errors.New("the first audit has not finished yet")
	// errAuditFailed: the latest audit stopped on an error (answered 503).
	errAuditFailed = errors.New("audit not current")
	errBadQuery    = errors.New("bad query")
)

// api serves fn's answer as JSON.
func (e *Explorer) api(fn func(*http.Request) (any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		v, err := fn(r)
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		if err != nil {
			code := http.StatusInternalServerError
			switch {
			case errors.Is(err, index.ErrNotFound):
				code = http.StatusNotFound
			case errors.Is(err, errBadQuery):
				code = http.StatusBadRequest
			case errors.Is(err, errNotYet), errors.Is(err, errAuditFailed):
				code = http.StatusServiceUnavailable
			}
			w.WriteHeader(code)
			_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
			return
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		_ = enc.Encode(v)
	}
}

func (e *Explorer) status() Status {
	s := Status{ChainID: e.cfg.Deployment.ChainID, Deployment: e.cfg.Deployment}
	e.tr.View(func(m *state.Market) { s.Block, s.Jobs = m.Block, m.JobCount })
	return s
}

func (e *Explorer) moduleNames() map[uint32]string {
	names := map[uint32]string{}
	e.tr.View(func(m *state.Market) {
		for id, md := range m.Modules {
			names[id] = md.NameVersion
		}
	})
	return names
}

func queryUint(r *http.Request, name string) (uint64, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: %s=%q is not a number", errBadQuery, name, v)
	}
	return n, nil
}

func queryAddr(r *http.Request, name string) (common.Address, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return common.Address{}, nil
	}
	if !common.IsHexAddress(v) {
		return common.Address{}, fmt.Errorf("%w: %s=%q is not an address", errBadQuery, name, v)
	}
	return common.HexToAddress(v), nil
}

var statusByName = func() map[string]state.Status {
	m := map[string]state.Status{}
	for s := state.StatusOpen; s <= state.StatusTimedOut; s++ {
		m[strings.ToLower(s.String())] = s
	}
	return m
}()

// jobs answers /api/jobs?status=&creator=&provider=&deals=&before=&after=&limit=&order=.
func (e *Explorer) jobs(r *http.Request) (any, error) {
	q := index.JobQuery{Newest: r.URL.Query().Get("order") != "oldest", Deals: r.URL.Query().Get("deals") == "true"}
	var err error
	if s := r.URL.Query().Get("status"); s != "" {
		st, ok := statusByName[strings.ToLower(s)]
		if !ok {
			return nil, fmt.Errorf("%w: status=%q (want open, matched, submitted, challenged, accepted, rejected, undecided, cancelled or timedout)", errBadQuery, s)
		}
		q.Status = st
	}
	if q.Creator, err = queryAddr(r, "creator"); err != nil {
		return nil, err
	}
	if q.Provider, err = queryAddr(r, "provider"); err != nil {
		return nil, err
	}
	if q.BeforeID, err = queryUint(r, "before"); err != nil {
		return nil, err
	}
	if q.AfterID, err = queryUint(r, "after"); err != nil {
		return nil, err
	}
	limit, err := queryUint(r, "limit")
	if err != nil {
		return nil, err
	}
	q.Limit = int(min(max(limit, 1), 1000))
	if limit == 0 {
		q.Limit = pageLimit
	}
	return e.jobViews(q)
}

func (e *Explorer) jobViews(q index.JobQuery) ([]JobView, error) {
	jobs, err := e.x.Jobs(q)
	if err != nil {
		return nil, err
	}
	names := e.moduleNames()
	out := make([]JobView, 0, len(jobs))
	for _, j := range jobs {
		out = append(out, e.jobView(j, names))
	}
	return out, nil
}

// job is one job with its timeline.
func (e *Explorer) job(idText string) (*JobView, error) {
	id, err := strconv.ParseUint(idText, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("%w: job id %q", errBadQuery, idText)
	}
	j, err := e.x.Job(id)
	if err != nil {
		return nil, err
	}
	v := e.jobView(j, e.moduleNames())
	evs, err := e.x.Timeline(id)
	if err != nil {
		return nil, err
	}
	v.Timeline = []TimelineEntry{}
	for _, ev := range evs {
		v.Timeline = append(v.Timeline, TimelineEntry{Block: ev.Block, LogIndex: ev.LogIndex, Tx: ev.TxHash, Name: ev.Name,
			Text: e.timelineText(ev, j.Token), Args: ev.Args})
	}
	return &v, nil
}

// now is the time of the block the view is at (deadlines are judged by the chain's clock).
func (e *Explorer) now(ctx context.Context) uint64 {
	h, err := e.cfg.Chain.HeaderByNumber(ctx, new(big.Int).SetUint64(e.tr.Block()))
	if err != nil {
		return uint64(time.Now().Unix())
	}
	return h.Time
}

func (e *Explorer) offers(ctx context.Context) ([]OfferView, error) {
	offers, err := e.x.Offers(common.Address{}, false)
	if err != nil {
		return nil, err
	}
	now := e.now(ctx)
	out := make([]OfferView, 0, len(offers))
	for i := len(offers) - 1; i >= 0; i-- {
		out = append(out, e.offerView(offers[i], now))
	}
	return out, nil
}

func (e *Explorer) providers(ctx context.Context) ([]ProviderView, error) {
	offers, err := e.offers(ctx)
	if err != nil {
		return nil, err
	}
	byAddr := map[common.Address]*ProviderView{}
	for _, o := range offers {
		p := byAddr[o.Provider]
		if p == nil {
			p = &ProviderView{Address: o.Provider}
			byAddr[o.Provider] = p
		}
		p.Offers++
		p.ActiveDeals += o.ActiveDeals
		if o.Open {
			p.OpenOffers++
		}
	}
	out := make([]ProviderView, 0, len(byAddr))
	e.tr.View(func(m *state.Market) {
		for _, a := range sortedAddrs(byAddr) {
			p := byAddr[a]
			p.Balances = []string{}
			for _, t := range sortedAddrs(m.Balances[a]) {
				p.Balances = append(p.Balances, e.money(t, m.Balances[a][t]))
			}
			out = append(out, *p)
		}
	})
	return out, nil
}

func (e *Explorer) mediators() []MediatorView {
	var out []MediatorView
	e.tr.View(func(m *state.Market) {
		active := map[common.Address]int{}
		for _, med := range m.Mediations {
			for i, a := range m.Committees[med.CommitteeID] {
				if med.Open && med.EligibleMask&(1<<i) != 0 {
					active[a]++
				}
			}
		}
		for _, a := range sortedAddrs(m.Mediators) {
			md := m.Mediators[a]
			earnings := []string{}
			for _, t := range sortedAddrs(md.Earnings) {
				if v := md.Earnings[t]; v.Sign() != 0 {
					earnings = append(earnings, e.money(t, v))
				}
			}
			out = append(out, MediatorView{Address: a, Bond: wei(md.Bond), BondText: e.money(chain.Native, md.Bond), Registered: md.Registered,
				Exiting: md.Exiting, Slashed: wei(md.Slashed), SlashedText: e.money(chain.Native, md.Slashed), ActiveMediations: active[a],
				Earnings: earnings})
		}
	})
	return out
}

// balances answers /api/balances?account=.
func (e *Explorer) balances(r *http.Request) (any, error) {
	acc, err := queryAddr(r, "account")
	if err != nil {
		return nil, err
	}
	out := []BalanceView{}
	e.tr.View(func(m *state.Market) {
		for _, a := range sortedAddrs(m.Balances) {
			if acc != (common.Address{}) && a != acc {
				continue
			}
			for _, t := range sortedAddrs(m.Balances[a]) {
				v := m.Balances[a][t]
				if v.Sign() == 0 {
					continue
				}
				b := BalanceView{Account: a, Token: t, Amount: wei(v), Text: e.money(t, v)}
				if a == m.Registry {
					b.Holder = registryHolder
				}
				out = append(out, b)
			}
		}
	})
	return out, nil
}

// mediations answers /api/mediations?limit= (newest first).
func (e *Explorer) mediations(r *http.Request) (any, error) {
	limit, err := queryUint(r, "limit")
	if err != nil {
		return nil, err
	}
	if limit == 0 {
		limit = pageLimit
	}
	opened, err := e.x.EventsWhere(`name = 'MediationOpened' AND (block, log_index) IN
		(SELECT block, log_index FROM events WHERE name = 'MediationOpened' ORDER BY block DESC, log_index DESC LIMIT ?)`, 0, int64(limit))
	if err != nil {
		return nil, err
	}
	out := []MediationView{}
	for i := len(opened) - 1; i >= 0; i-- {
		ev := opened[i]
		md, err := e.x.Mediation(*ev.JobID)
		if err != nil {
			return nil, err
		}
		eligible := 0
		for i := range 8 {
			if md.EligibleMask&(1<<i) != 0 {
				eligible++
			}
		}
		verdict := "pending"
		if !md.Open {
			verdict = client.VerdictText(uint8(md.Verdict))
		}
		out = append(out, MediationView{JobID: md.JobID, CommitteeID: md.CommitteeID, Challenger: md.Challenger, Open: md.Open, Verdict: verdict,
			Eligible: eligible, Committed: len(md.Commitments), Revealed: len(md.Reveals),
			CommitDeadline: client.Time(md.CommitDeadline), RevealDeadline: client.Time(md.RevealDeadline)})
	}
	return out, nil
}

// EventsPage is a run of events after a position, and the position to ask from next.
type EventsPage struct {
	Events []index.Event `json:"events"`
	// Next is "block:logIndex" of the last event (pass it as after=).
	Next  string `json:"next"`
	Block uint64 `json:"block"`
}

func parsePosition(s string) (uint64, uint, error) {
	if s == "" {
		return 0, 0, nil
	}
	b, l, _ := strings.Cut(s, ":")
	block, err := strconv.ParseUint(b, 10, 64)
	if err != nil {
		return 0, 0, fmt.Errorf("%w: position %q (want block:logIndex)", errBadQuery, s)
	}
	var log uint64
	if l != "" {
		if log, err = strconv.ParseUint(l, 10, 32); err != nil {
			return 0, 0, fmt.Errorf("%w: position %q (want block:logIndex)", errBadQuery, s)
		}
	}
	return block, uint(log), nil
}

// events answers /api/events?after=block:logIndex&limit=.
func (e *Explorer) events(r *http.Request) (any, error) {
	block, log, err := parsePosition(r.URL.Query().Get("after"))
	if err != nil {
		return nil, err
	}
	limit, err := queryUint(r, "limit")
	if err != nil {
		return nil, err
	}
	return e.eventsAfter(block, log, int(min(max(limit, 1), 1000)))
}

func (e *Explorer) eventsAfter(block uint64, log uint, limit int) (*EventsPage, error) {
	at := e.tr.Block()
	evs, err := e.x.EventsAfter(block, log, limit)
	if err != nil {
		return nil, err
	}
	p := &EventsPage{Events: evs, Next: fmt.Sprintf("%d:%d", block, log), Block: at}
	if p.Events == nil {
		p.Events = []index.Event{}
	}
	if n := len(evs); n > 0 {
		p.Next = fmt.Sprintf("%d:%d", evs[n-1].Block, evs[n-1].LogIndex)
	}
	return p, nil
}

// stream serves the changes as server-sent events: an "events" message with every new event
// (id: its position, so a reconnecting EventSource resumes after it), and a "block" message
// when blocks are applied without events. It starts after ?after= or Last-Event-ID, or at the
// current block.
func (e *Explorer) stream(ctx context.Context, w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	from := r.URL.Query().Get("after")
	if id := r.Header.Get("Last-Event-ID"); id != "" {
		from = id
	}
	block, log, err := parsePosition(from)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if from == "" {
		block, log = e.tr.Block(), ^uint(0)
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	fmt.Fprintf(w, ": pond explorer stream\n\n")
	flusher.Flush()
	sent := e.tr.Block()
	for {
		changed := e.tr.Changed()
		for {
			page, err := e.eventsAfter(block, log, 200)
			if err != nil {
				fmt.Fprintf(w, "event: error\ndata: %q\n\n", err.Error())
				flusher.Flush()
				return
			}
			if len(page.Events) == 0 {
				if page.Block > sent {
					fmt.Fprintf(w, "event: block\ndata: {\"block\": %d}\n\n", page.Block)
					flusher.Flush()
					sent = page.Block
				}
				break
			}
			raw, _ := json.Marshal(page)
			fmt.Fprintf(w, "id: %s\nevent: events\ndata: %s\n\n", page.Next, raw)
			flusher.Flush()
			last := page.Events[len(page.Events)-1]
			block, log, sent = last.Block, last.LogIndex, page.Block
		}
		select {
		case <-ctx.Done():
			return
		case <-r.Context().Done():
			return
		case <-changed:
		case <-time.After(15 * time.Second):
			fmt.Fprintf(w, ": keep-alive\n\n")
			flusher.Flush()
		}
	}
}

// ------------------------------------------------------------------ HTML

func (e *Explorer) auditSummary() AuditSummary {
	r, err := e.Audit()
	var s AuditSummary
	if err != nil {
		s.Error = err.Error()
	}
	if r == nil {
		return s
	}
	s.Done, s.OK, s.Block, s.Failures, s.Notes = true, r.OK, r.Block, r.Failures(), r.Notes
	for _, d := range r.Discrepancies {
		s.Discrepancies = append(s.Discrepancies, fmt.Sprintf("%s: %s: the events say %s, the chain says %s", d.Subject, d.Field, d.Events, d.Chain))
	}
	for _, t := range r.Tokens {
		s.Books = append(s.Books, fmt.Sprintf("%s: holds %s; free balances %s, open jobs %s, deals %s, challenges %s, surplus %s", t.Symbol,
			e.money(t.Token, t.Held.Int), e.tokens.Amount(t.Token, t.Free.Int), e.tokens.Amount(t.Token, t.OpenJobs.Int), e.tokens.Amount(t.Token, t.Deals.Int),
			e.tokens.Amount(t.Token, t.Challenges.Int), e.tokens.Amount(t.Token, t.Surplus.Int)))
	}
	for _, g := range r.Registry.Earnings {
		s.Books = append(s.Books, fmt.Sprintf("%s: mediators' earnings not withdrawn %s, on the mediator registry's free balance of %s", g.Symbol,
			e.money(g.Token, g.Earned.Int), e.tokens.Amount(g.Token, g.Balance.Int)))
	}
	for _, c := range r.Code {
		s.Code = append(s.Code, c.Contract+": "+c.Detail)
	}
	return s
}

// data gathers what template name shows (a whole page, or one section of it).
func (e *Explorer) data(r *http.Request, name string) (*pageData, error) {
	d := &pageData{Status: e.status()}
	all := name == "page"
	var err error
	if all || name == "audit" {
		d.Audit = e.auditSummary()
	}
	if name == "job" || name == "jobpage" {
		d.Job, err = e.job(r.PathValue("id"))
		return d, err
	}
	if all || name == "jobs" {
		if d.Jobs, err = e.jobViews(index.JobQuery{Newest: true, Limit: pageLimit}); err != nil {
			return nil, err
		}
	}
	if all || name == "offers" {
		if d.Offers, err = e.offers(r.Context()); err != nil {
			return nil, err
		}
	}
	if all || name == "providers" {
		if d.Providers, err = e.providers(r.Context()); err != nil {
			return nil, err
		}
	}
	if all || name == "mediators" {
		d.Mediators = e.mediators()
	}
	if all || name == "batch" {
		if d.Batch, err = e.batchFailures(pageLimit); err != nil {
			return nil, err
		}
	}
	if all || name == "balances" {
		bals, err := e.balances(r)
		if err != nil {
			return nil, err
		}
		d.Balances = bals.([]BalanceView)
	}
	return d, nil
}

func (e *Explorer) render(w http.ResponseWriter, r *http.Request, name string) {
	d, err := e.data(r, name)
	if err != nil {
		code := http.StatusInternalServerError
		if errors.Is(err, index.ErrNotFound) {
			code = http.StatusNotFound
		} else if errors.Is(err, errBadQuery) {
			code = http.StatusBadRequest
		}
		http.Error(w, err.Error(), code)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if err := pages.ExecuteTemplate(w, name, d); err != nil {
		e.log.Debug("render " + name + ": " + err.Error())
	}
}

func (e *Explorer) page(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { e.render(w, r, name) }
}

var sections = map[string]bool{"header": true, "jobs": true, "offers": true, "providers": true, "mediators": true, "balances": true, "audit": true, "batch": true}

func (e *Explorer) fragment(w http.ResponseWriter, r *http.Request) {
	s := r.PathValue("section")
	if !sections[s] {
		http.NotFound(w, r)
		return
	}
	e.render(w, r, s)
}
