package main

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

var accountLine = regexp.MustCompile(`(?m)^account  (0x[0-9a-fA-F]{40})\nkeystore (\S+)$`)

// TestAccount_keystoreSendsOnTheDevnet: `pond account import` encrypts the creator's devnet key;
// `pond deposit` then sends with --keystore and --password-file, and the key never appears on
// the command line.
func TestAccount_keystoreSendsOnTheDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	w := newCLIWorld(ctx, t)
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "creator.key")
	pwFile := filepath.Join(dir, "password")
	if err := os.WriteFile(keyFile, []byte(w.creatorKey+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pwFile, []byte("a long passphrase\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	keystore := filepath.Join(dir, "keystore")
	out, err := runPond(t, "account", "import", "--keystore", keystore, "--password-file", pwFile, "--key-file", keyFile)
	if err != nil {
		t.Fatalf("account import: %v\n%s", err, out)
	}
	m := accountLine.FindStringSubmatch(out)
	if m == nil || !strings.EqualFold(m[1], w.creator.Hex()) {
		t.Fatalf("account import printed %q, want the creator %s", out, w.creator.Hex())
	}
	if st, err := os.Stat(m[2]); err != nil || st.Mode().Perm()&0o077 != 0 {
		t.Fatalf("keystore file %s: %v (mode %v)", m[2], err, st.Mode())
	}
	raw, _ := os.ReadFile(m[2])
	if strings.Contains(string(raw), strings.TrimPrefix(w.creatorKey, "0x")[:16]) {
		t.Fatal("the keystore file holds the key in the clear")
	}

	args := append([]string{"deposit", "0.25", "--keystore", m[2], "--password-file", pwFile}, w.flags...)
	if out, err := runPond(t, args...); err != nil || !strings.Contains(out, "Deposited 0.25") {
		t.Fatalf("deposit with the keystore: %v\n%s", err, out)
	}
	// The keystore directory with its one key works too, and a wrong password is refused.
	bad := filepath.Join(dir, "bad")
	if err := os.WriteFile(bad, []byte("wrong\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	args = append([]string{"deposit", "0.25", "--keystore", keystore, "--password-file", bad}, w.flags...)
	if _, err := runPond(t, args...); err == nil || !strings.Contains(err.Error(), "--keystore") {
		t.Fatalf("a wrong password: %v", err)
	}

	// A new key: an address, a file, nothing else needed.
	out, err = runPond(t, "account", "new", "--keystore", keystore, "--password-file", pwFile)
	if err != nil || accountLine.FindStringSubmatch(out) == nil {
		t.Fatalf("account new: %v\n%s", err, out)
	}
	// Two keys now: the directory alone is ambiguous and says so.
	args = append([]string{"deposit", "0.25", "--keystore", keystore, "--password-file", pwFile}, w.flags...)
	if _, err := runPond(t, args...); err == nil || !strings.Contains(err.Error(), "several keys") {
		t.Fatalf("two keys, no --keystore.account: %v", err)
	}
	args = append(args, "--keystore.account", w.creator.Hex())
	if out, err := runPond(t, args...); err != nil || !strings.Contains(out, "Deposited 0.25") {
		t.Fatalf("deposit with --keystore.account: %v\n%s", err, out)
	}
}

func TestAccount_refusesSecretsOthersCanRead(t *testing.T) {
	dir := t.TempDir()
	pw := filepath.Join(dir, "password")
	if err := os.WriteFile(pw, []byte("secret\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := runPond(t, "account", "new", "--keystore", filepath.Join(dir, "ks"), "--password-file", pw); err == nil ||
		!strings.Contains(err.Error(), "chmod 600") {
		t.Fatalf("a world-readable password file: %v", err)
	}
	if _, err := runPond(t, "account", "import", "--keystore", filepath.Join(dir, "ks")); err == nil ||
		!strings.Contains(err.Error(), "--key-file") {
		t.Fatalf("import without a key: %v", err)
	}
}
