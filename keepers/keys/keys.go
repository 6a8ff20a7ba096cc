// Package keys loads the key an account sends with, the way operators keep keys: an encrypted
// go-ethereum keystore file (scrypt, the format geth, clef and cast use) unlocked with a
// password read from a file, a file holding the hex key, or, on a devnet, the hex key itself.
// It also creates and imports keystore keys (`pond account new|import`).
package keys

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Source names where a key comes from. Exactly one of Hex, File and Keystore is set.
type Source struct {
	// Hex is the key itself (64 hex digits, 0x optional). Anyone on the machine can read a
	// process's command line: fine for devnet keys, not for money.
	Hex string
	// File holds the hex key on its first line. It must not be readable by group or others.
	File string
	// Keystore is an encrypted keystore file, or a keystore directory holding exactly one key
	// (or the key of Account).
	Keystore string
	// Account picks the key of this address in a keystore directory.
	Account string
	// PasswordFile holds the keystore's password on its first line.
	PasswordFile string
}

// Sentinel errors.
var (
	ErrNoKey         = errors.New("no key configured")
	ErrSeveralKeys   = errors.New("more than one key source given")
	ErrNoPassword    = errors.New("a keystore needs a password file")
	ErrWorldReadable = errors.New("key file is readable by other users")
	ErrNoKeyInStore  = errors.New("no key in the keystore")
	ErrWhichKey      = errors.New("several keys in the keystore")
)

// Insecure reports whether the source exposes the key to other users of the machine (a key on
// the command line or in the environment).
func (s Source) Insecure() bool { return s.Hex != "" }

// Load reads the key.
func (s Source) Load() (*ecdsa.PrivateKey, error) {
	n := 0
	for _, v := range []string{s.Hex, s.File, s.Keystore} {
		if v != "" {
			n++
		}
	}
	switch {
	case n == 0:
		return nil, ErrNoKey
	case n > 1:
		return nil, ErrSeveralKeys
	case s.Hex != "":
		return ParseHex(s.Hex)
	case s.File != "":
		return loadKeyFile(s.File)
	}
	return s.loadKeystore()
}

// ParseHex parses a hex private key. The error never repeats the input: it is a secret.
func ParseHex(raw string) (*ecdsa.PrivateKey, error) {
	raw = strings.TrimSpace(raw)
	raw = strings.TrimPrefix(strings.TrimPrefix(raw, "0x"), "0X")
	key, err := crypto.HexToECDSA(raw)
	if err != nil {
		return nil, fmt.Errorf("want 64 hex digits: %w", err)
	}
	return key, nil
}

// checkPrivate refuses a secret file that group or others may read.
func checkPrivate(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	if st.Mode().Perm()&0o077 != 0 {
		return fmt.Errorf("%w: %s has mode %04o (chmod 600 %s)", ErrWorldReadable, path, st.Mode().Perm(), path)
	}
	return nil
}

func firstLine(path string) (string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	line, _, _ := strings.Cut(string(raw), "\n")
	return strings.TrimRight(line, "\r"), nil
}

func loadKeyFile(path string) (*ecdsa.PrivateKey, error) {
	if err := checkPrivate(path); err != nil {
		return nil, err
	}
	line, err := firstLine(path)
	if err != nil {
		return nil, err
	}
	key, err := ParseHex(line)
	if err != nil {
		return nil, fmt.Errorf("key file %s: %w", path, err)
	}
	return key, nil
}

// ReadPassword reads a password file's first line.
func ReadPassword(path string) (string, error) {
	if path == "" {
		return "", ErrNoPassword
	}
	if err := checkPrivate(path); err != nil {
		return "", err
	}
	return firstLine(path)
}

func (s Source) loadKeystore() (*ecdsa.PrivateKey, error) {
	password, err := ReadPassword(s.PasswordFile)
	if err != nil {
		return nil, err
	}
	file, err := s.keyFile()
	if err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	k, err := keystore.DecryptKey(raw, password)
	if err != nil {
		return nil, fmt.Errorf("unlock %s: %w", file, err)
	}
	return k.PrivateKey, nil
}

// keyFile finds the keystore file: Keystore itself, or its one key (or Account's) when it is a
// directory.
func (s Source) keyFile() (string, error) {
	st, err := os.Stat(s.Keystore)
	if err != nil {
		return "", err
	}
	if !st.IsDir() {
		return s.Keystore, nil
	}
	entries, err := os.ReadDir(s.Keystore)
	if err != nil {
		return "", err
	}
	var want common.Address
	if s.Account != "" {
		if !common.IsHexAddress(s.Account) {
			return "", fmt.Errorf("account %q: want a 0x address", s.Account)
		}
		want = common.HexToAddress(s.Account)
	}
	var found []string
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		path := filepath.Join(s.Keystore, e.Name())
		addr, err := keyAddress(path)
		if err != nil {
			continue // not a key file
		}
		if s.Account == "" || addr == want {
			found = append(found, path)
		}
	}
	switch {
	case len(found) == 1:
		return found[0], nil
	case len(found) == 0 && s.Account != "":
		return "", fmt.Errorf("%w: no key of %s in %s", ErrNoKeyInStore, s.Account, s.Keystore)
	case len(found) == 0:
		return "", fmt.Errorf("%w: %s", ErrNoKeyInStore, s.Keystore)
	}
	return "", fmt.Errorf("%w: %s holds %d keys; name one with its address", ErrWhichKey, s.Keystore, len(found))
}

// keyAddress reads the address a keystore file declares, without decrypting it.
func keyAddress(path string) (common.Address, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return common.Address{}, err
	}
	var v struct {
		Address string `json:"address"`
		Crypto  any    `json:"crypto"`
	}
	if err := json.Unmarshal(raw, &v); err != nil || v.Crypto == nil || !common.IsHexAddress(v.Address) {
		return common.Address{}, errors.New("not a keystore file")
	}
	return common.HexToAddress(v.Address), nil
}

// KDF chooses the keystore's scrypt cost: Standard for real keys, Light for tests.
type KDF struct{ N, P int }

var (
	Standard = KDF{N: keystore.StandardScryptN, P: keystore.StandardScryptP}
	Light    = KDF{N: keystore.LightScryptN, P: keystore.LightScryptP}
)

// New creates a key in the keystore directory dir, encrypted with password, and returns its
// account (address and file).
func New(dir, password string, kdf KDF) (accounts.Account, error) {
	if password == "" {
		return accounts.Account{}, ErrNoPassword
	}
	return keystore.NewKeyStore(dir, kdf.N, kdf.P).NewAccount(password)
}

// Import encrypts key with password into the keystore directory dir.
func Import(dir string, key *ecdsa.PrivateKey, password string, kdf KDF) (accounts.Account, error) {
	if password == "" {
		return accounts.Account{}, ErrNoPassword
	}
	return keystore.NewKeyStore(dir, kdf.N, kdf.P).ImportECDSA(key, password)
}
