package backoff_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/pond-compute/pond/keepers/backoff"
)

func TestPolicyDoublesUpToMax(t *testing.T) {
	p := backoff.Policy{Min: time.Second, Max: 10 * time.Second}
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 10 * time.Second, 10 * time.Second}
	for i, w := range want {
		if got := p.Delay(i + 1); got != w {
			t.Errorf("Delay(%d) = %s, want %s", i+1, got, w)
		}
	}
	if got := (backoff.Policy{}).Delay(1000); got != backoff.Default.Max {
		t.Errorf("zero policy after many failures waits %s, want the default maximum %s", got, backoff.Default.Max)
	}
}

func TestBackoffResetsOnSuccess(t *testing.T) {
	b := backoff.Backoff{Policy: backoff.Policy{Min: time.Millisecond, Max: time.Hour}}
	b.Failed()
	b.Failed()
	if d := b.Failed(); d != 4*time.Millisecond {
		t.Fatalf("third failure waits %s, want 4ms", d)
	}
	b.Succeeded()
	if d := b.Failed(); d != time.Millisecond {
		t.Fatalf("first failure after a success waits %s, want 1ms", d)
	}
}

func TestKeyedSchedulesEachKeyApart(t *testing.T) {
	var k backoff.Keyed[uint64]
	k.Policy = backoff.Policy{Min: time.Minute, Max: time.Hour}
	now := time.Unix(1_000_000, 0)
	if !k.Due(1, now) {
		t.Fatal("a key that never failed is not due")
	}
	boom := errors.New("boom")
	if d := k.Failed(1, now, boom); d != time.Minute {
		t.Fatalf("first failure delay %s", d)
	}
	if k.Due(1, now.Add(59*time.Second)) {
		t.Error("key 1 due before its delay passed")
	}
	if !k.Due(2, now) {
		t.Error("key 2 held back by key 1's failure")
	}
	if !k.Due(1, now.Add(time.Minute)) {
		t.Error("key 1 not due once its delay passed")
	}
	if d := k.Failed(1, now.Add(time.Minute), boom); d != 2*time.Minute {
		t.Fatalf("second failure delay %s, want 2m", d)
	}
	if n, err := k.Failures(1); n != 2 || !errors.Is(err, boom) {
		t.Fatalf("Failures = %d, %v", n, err)
	}
	k.Forget(1)
	if !k.Due(1, now) || k.Len() != 0 {
		t.Fatal("Forget kept the schedule")
	}
}

func TestRetryStopsOnSuccessOrPermanentError(t *testing.T) {
	ctx := context.Background()
	p := backoff.Policy{Min: time.Microsecond, Max: time.Microsecond}
	calls := 0
	err := backoff.Retry(ctx, p, nil, func(context.Context) error {
		calls++
		if calls < 3 {
			return errors.New("transient")
		}
		return nil
	})
	if err != nil || calls != 3 {
		t.Fatalf("Retry = %v after %d calls, want success after 3", err, calls)
	}
	permanent := errors.New("permanent")
	calls = 0
	err = backoff.Retry(ctx, p, func(err error) bool { return !errors.Is(err, permanent) }, func(context.Context) error {
		calls++
		return permanent
	})
	if !errors.Is(err, permanent) || calls != 1 {
		t.Fatalf("Retry = %v after %d calls, want the permanent error after 1", err, calls)
	}
}

func TestRetryEndsWithItsContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	err := backoff.Retry(ctx, backoff.Policy{Min: time.Hour}, nil, func(context.Context) error {
		calls++
		cancel()
		return errors.New("down")
	})
	if err == nil || calls != 1 {
		t.Fatalf("Retry = %v after %d calls, want the last error after 1 call", err, calls)
	}
}
