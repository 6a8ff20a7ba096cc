package stack_test

import (
	"context"
	"slices"
	"testing"

	"github.com/pond-compute/pond/keepers/state"
)

// TestProviderWithdrawsTheOfferItNoLongerMakes: an operator whose short deals timed out raises
// --provider.min-run-time and restarts the provider. The offer with the old terms must not
// stay open beside the new one: solvers would keep matching it with the jobs the operator
// refuses (each timing out costs a collateral), and the machine would be offered twice.
func TestProviderWithdrawsTheOfferItNoLongerMakes(t *testing.T) {
	w := newWorld(t)
	dir := t.TempDir()
	first := w.startProvider(w.providerConfig(providerIdx, nil, dir))
	openOffers := func() (all []state.Offer) {
		now := w.now()
		w.view.View(func(m *state.Market) {
			for _, o := range m.Offers {
				if o.Provider == first.Address() && o.OpenAt(now) {
					all = append(all, *o)
				}
			}
		})
		return all
	}
	w.waitFor("the first offer", func() bool { return len(openOffers()) == 1 })
	if err := first.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}

	cfg := w.providerConfig(providerIdx, nil, dir)
	cfg.MinRunTime = 7200
	pm := &stepCounter{counter: newCounter()}
	cfg.Metrics = pm
	w.startProvider(cfg)
	w.waitFor("the offer with the new terms", func() bool {
		return slices.ContainsFunc(openOffers(), func(o state.Offer) bool { return o.MinRunTime == 7200 })
	})
	// A few more steps: the upkeep of the offers is done in each.
	from := pm.get(func(*counter) int { return pm.steps })
	w.waitFor("three provider steps", func() bool { return pm.get(func(*counter) int { return pm.steps }) >= from+3 })
	w.viewAtHead("the view at the head")
	if offers := openOffers(); len(offers) != 1 {
		t.Fatalf("%d offers open for the provider, want only the one with its terms: %+v", len(offers), offers)
	}
}
