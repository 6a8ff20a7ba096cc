package module

import (
	"fmt"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
)

func decodeSHA256(c cid.Cid) ([]byte, error) {
	d, err := mh.Decode(c.Hash())
	if err != nil {
		return nil, fmt.Errorf("module CID %s: %w", c, err)
	}
	if d.Code != mh.SHA2_256 || len(d.Digest) != 32 {
		return nil, fmt.Errorf("module CID %s: not a sha2-256 multihash", c)
	}
	return d.Digest, nil
}
