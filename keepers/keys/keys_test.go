package keys_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/pond-compute/pond/keepers/keys"
)

const devKey = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80" // anvil's first account

func write(t *testing.T, name, content string, mode os.FileMode) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestKeystoreRoundTrip(t *testing.T) {
	want, err := keys.ParseHex(devKey)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	pw := write(t, "pw", "correct horse\n", 0o600)
	acct, err := keys.Import(dir, want, "correct horse", keys.Light)
	if err != nil {
		t.Fatal(err)
	}
	if acct.Address != crypto.PubkeyToAddress(want.PublicKey) {
		t.Fatalf("imported as %s", acct.Address)
	}
	for _, src := range []keys.Source{
		{Keystore: acct.URL.Path, PasswordFile: pw},                    // the file
		{Keystore: dir, PasswordFile: pw},                              // the directory's only key
		{Keystore: dir, Account: acct.Address.Hex(), PasswordFile: pw}, // by address
		{File: write(t, "key", "0x"+devKey+"\n", 0o600)},               // a key file
		{Hex: devKey}, // the devnet way
	} {
		got, err := src.Load()
		if err != nil {
			t.Fatalf("%+v: %v", src, err)
		}
		if !got.Equal(want) {
			t.Fatalf("%+v loaded another key", src)
		}
	}
	if !(keys.Source{Hex: devKey}).Insecure() || (keys.Source{Keystore: dir}).Insecure() {
		t.Fatal("Insecure must flag a key given on the command line, and only that")
	}

	// A second key makes the directory ambiguous; the address picks one.
	other, err := keys.New(dir, "another", keys.Light)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := (keys.Source{Keystore: dir, PasswordFile: pw}).Load(); !errors.Is(err, keys.ErrWhichKey) {
		t.Fatalf("two keys, no address: %v", err)
	}
	pw2 := write(t, "pw2", "another", 0o600)
	if k, err := (keys.Source{Keystore: dir, Account: other.Address.Hex(), PasswordFile: pw2}).Load(); err != nil || crypto.PubkeyToAddress(k.PublicKey) != other.Address {
		t.Fatalf("new key by address: %v", err)
	}
}

func TestBadKeySourcesAreClearErrors(t *testing.T) {
	dir := t.TempDir()
	acct, err := keys.New(dir, "right", keys.Light)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		src  keys.Source
		want error
	}{
		{"nothing", keys.Source{}, keys.ErrNoKey},
		{"two sources", keys.Source{Hex: devKey, File: "x"}, keys.ErrSeveralKeys},
		{"no password file", keys.Source{Keystore: acct.URL.Path}, keys.ErrNoPassword},
		{"password file others can read", keys.Source{Keystore: acct.URL.Path, PasswordFile: write(t, "pw", "right", 0o644)}, keys.ErrWorldReadable},
		{"key file others can read", keys.Source{File: write(t, "key", devKey, 0o640)}, keys.ErrWorldReadable},
		{"empty keystore", keys.Source{Keystore: t.TempDir(), PasswordFile: write(t, "pw", "right", 0o600)}, keys.ErrNoKeyInStore},
	}
	for _, c := range cases {
		if _, err := c.src.Load(); !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
	if _, err := (keys.Source{Keystore: acct.URL.Path, PasswordFile: write(t, "pw", "wrong", 0o600)}).Load(); err == nil {
		t.Error("a wrong password unlocked the keystore")
	}
	if _, err := keys.ParseHex("zz" + devKey[2:]); err == nil {
		t.Error("bad hex accepted")
	} else if strings.Contains(err.Error(), devKey[2:10]) {
		t.Errorf("error repeats the secret: %v", err)
	}
}
