// Package storage computes and stores content-addressed results.
//
// A result is a directory. Its identity is the CID that Kubo's
// `ipfs add -r --cid-version 1 --hidden` prints for it: CIDv1, sha2-256, raw
// leaves, fixed-size chunks of 256 KiB, balanced file DAGs of at most 174
// links per node and basic UnixFS directories encoded as dag-pb. The encoder
// is written here (a few protobuf fields) so that the embedded store needs no
// IPFS node and computes exactly the same identifiers.
package storage

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
)

const (
	// ChunkSize is Kubo's default chunker (size-262144).
	ChunkSize = 256 << 10
	// MaxLinks is the number of children per node in Kubo's balanced layout.
	MaxLinks = 174
	// maxBasicDirEstimate bounds the estimated size of a basic directory.
	// Kubo switches to a sharded (HAMT) directory above 256 KiB; we refuse such
	// directories rather than emit a CID Kubo would not produce.
	maxBasicDirEstimate = 256 << 10
	// maxDepth bounds directory nesting when walking or fetching a DAG.
	maxDepth = 64
)

// ErrUnsupportedFile is returned for symlinks, devices and other non-regular files.
var ErrUnsupportedFile = errors.New("unsupported file type (only regular files and directories)")

// BlockSink receives every block of a DAG as it is built (leaves first).
// A nil sink only computes the CID. data is valid only during the call (a
// leaf's bytes are the builder's reused read buffer): a sink that keeps a
// block copies it.
type BlockSink func(c cid.Cid, data []byte) error

// node is a built DAG node: its CID and its cumulative size (the Tsize that a
// parent link records: encoded block plus everything below it).
type node struct {
	cid   cid.Cid
	tsize uint64
}

// DirCID returns the CID of the directory or file at path without storing anything.
func DirCID(path string) (cid.Cid, error) {
	return Build(path, nil)
}

// Build encodes the file or directory at path as a UnixFS DAG, hands every
// block to sink and returns the root CID.
func Build(path string, sink BlockSink) (cid.Cid, error) {
	if sink == nil {
		sink = func(cid.Cid, []byte) error { return nil }
	}
	n, err := buildPath(path, sink, 0)
	if err != nil {
		return cid.Undef, err
	}
	return n.cid, nil
}

func buildPath(path string, sink BlockSink, depth int) (node, error) {
	if depth > maxDepth {
		return node{}, fmt.Errorf("%s: nested deeper than %d directories", path, maxDepth)
	}
	fi, err := os.Lstat(path)
	if err != nil {
		return node{}, err
	}
	switch {
	case fi.Mode().IsRegular():
		return buildFile(path, sink)
	case fi.IsDir():
		return buildDir(path, sink, depth)
	default:
		return node{}, fmt.Errorf("%s: %w", path, ErrUnsupportedFile)
	}
}

func buildDir(path string, sink BlockSink, depth int) (node, error) {
	entries, err := os.ReadDir(path) // sorted by name, byte order, as dag-pb requires
	if err != nil {
		return node{}, err
	}
	links := make([]pbLink, 0, len(entries))
	estimate := 0
	for _, e := range entries {
		child, err := buildPath(filepath.Join(path, e.Name()), sink, depth+1)
		if err != nil {
			return node{}, err
		}
		links = append(links, pbLink{hash: child.cid.Bytes(), name: e.Name(), hasName: true, tsize: child.tsize})
		estimate += len(e.Name()) + child.cid.ByteLen()
		if estimate > maxBasicDirEstimate {
			return node{}, fmt.Errorf("%s: directory too large for a basic UnixFS directory (Kubo would shard it)", path)
		}
	}
	return emitPB(links, unixfsDirData, sink)
}

func buildFile(path string, sink BlockSink) (node, error) {
	f, err := os.Open(path)
	if err != nil {
		return node{}, err
	}
	defer f.Close()
	buf := chunkBuffers.Get().(*[]byte)
	defer chunkBuffers.Put(buf)
	b := &fileBuilder{r: f, sink: sink, buf: *buf}
	if err := b.next(); err != nil {
		return node{}, fmt.Errorf("read %s: %w", path, err)
	}
	// Kubo's balanced layout: the first leaf is the root until a second chunk
	// exists; then each full tree of depth d becomes the first child of a new
	// root of depth d+1 that is filled depth-first.
	root, size, err := b.leaf()
	if err != nil {
		return node{}, err
	}
	for depth := 1; !b.done; depth++ {
		fn := &fileNode{}
		fn.add(root, size)
		root, size, err = b.fill(fn, depth)
		if err != nil {
			return node{}, fmt.Errorf("%s: %w", path, err)
		}
	}
	return root, nil
}

// chunkBuffers holds the chunk-sized read buffers of buildFile: a result or module is many
// small files, and a fresh 256 KiB buffer for each (allocated and zeroed) cost more than
// hashing them. Sinks use a block's bytes before they return, never after.
var chunkBuffers = sync.Pool{New: func() any {
	b := make([]byte, ChunkSize)
	return &b
}}

type fileBuilder struct {
	r    io.Reader
	sink BlockSink
	buf  []byte
	n    int  // bytes in buf
	done bool // no chunk pending
}

// next reads the next chunk into buf; done is set when the file is exhausted
// (an empty file still yields one empty leaf, as in Kubo).
func (b *fileBuilder) next() error {
	n, err := io.ReadFull(b.r, b.buf)
	b.n = n
	switch {
	case err == nil:
		return nil
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return nil
	default:
		return err
	}
}

// leaf emits the pending chunk as a raw block and reads ahead one chunk so
// that done is known before the caller decides whether to add siblings.
func (b *fileBuilder) leaf() (node, uint64, error) {
	data := b.buf[:b.n]
	c, err := sumCID(cid.Raw, data)
	if err != nil {
		return node{}, 0, err
	}
	if err := b.sink(c, data); err != nil {
		return node{}, 0, err
	}
	size := uint64(len(data))
	if err := b.next(); err != nil {
		return node{}, 0, err
	}
	b.done = b.n == 0
	return node{cid: c, tsize: size}, size, nil
}

func (b *fileBuilder) fill(fn *fileNode, depth int) (node, uint64, error) {
	for len(fn.links) < MaxLinks && !b.done {
		var child node
		var size uint64
		var err error
		if depth == 1 {
			child, size, err = b.leaf()
		} else {
			child, size, err = b.fill(&fileNode{}, depth-1)
		}
		if err != nil {
			return node{}, 0, err
		}
		fn.add(child, size)
	}
	n, err := emitPB(fn.links, unixfsFileData(fn.sizes), b.sink)
	return n, fn.total, err
}

type fileNode struct {
	links []pbLink
	sizes []uint64
	total uint64
}

func (f *fileNode) add(child node, fileSize uint64) {
	f.links = append(f.links, pbLink{hash: child.cid.Bytes(), hasName: true, tsize: child.tsize})
	f.sizes = append(f.sizes, fileSize)
	f.total += fileSize
}

func emitPB(links []pbLink, data []byte, sink BlockSink) (node, error) {
	block := encodePBNode(links, data)
	c, err := sumCID(cid.DagProtobuf, block)
	if err != nil {
		return node{}, err
	}
	if err := sink(c, block); err != nil {
		return node{}, err
	}
	tsize := uint64(len(block))
	for _, l := range links {
		tsize += l.tsize
	}
	return node{cid: c, tsize: tsize}, nil
}

func sumCID(codec uint64, data []byte) (cid.Cid, error) {
	h, err := mh.Sum(data, mh.SHA2_256, -1)
	if err != nil {
		return cid.Undef, fmt.Errorf("hash block: %w", err)
	}
	return cid.NewCidV1(codec, h), nil
}
