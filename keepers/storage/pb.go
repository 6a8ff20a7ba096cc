package storage

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// The few protobuf messages UnixFS needs, encoded by hand in the canonical
// field order that go-codec-dagpb and go-unixfs produce.
//
//	PBNode { repeated PBLink Links = 2; optional bytes Data = 1; }  (links written first)
//	PBLink { optional bytes Hash = 1; optional string Name = 2; optional uint64 Tsize = 3; }
//	Data   { Type = 1; Data = 2; filesize = 3; repeated blocksizes = 4; ... }

type pbLink struct {
	hash    []byte
	name    string
	hasName bool
	tsize   uint64
}

const (
	unixfsTypeRaw       = 0
	unixfsTypeDirectory = 1
	unixfsTypeFile      = 2
)

var unixfsDirData = []byte{0x08, unixfsTypeDirectory}

func unixfsFileData(blockSizes []uint64) []byte {
	var total uint64
	for _, s := range blockSizes {
		total += s
	}
	b := []byte{0x08, unixfsTypeFile}
	b = appendVarintField(b, 3, total)
	for _, s := range blockSizes {
		b = appendVarintField(b, 4, s)
	}
	return b
}

func encodePBNode(links []pbLink, data []byte) []byte {
	var b []byte
	for _, l := range links {
		var lb []byte
		lb = appendBytesField(lb, 1, l.hash)
		if l.hasName {
			lb = appendBytesField(lb, 2, []byte(l.name))
		}
		lb = appendVarintField(lb, 3, l.tsize)
		b = appendBytesField(b, 2, lb)
	}
	if data != nil {
		b = appendBytesField(b, 1, data)
	}
	return b
}

func appendVarintField(b []byte, field int, v uint64) []byte {
	b = binary.AppendUvarint(b, uint64(field)<<3)
	return binary.AppendUvarint(b, v)
}

func appendBytesField(b []byte, field int, v []byte) []byte {
	b = binary.AppendUvarint(b, uint64(field)<<3|2)
	b = binary.AppendUvarint(b, uint64(len(v)))
	return append(b, v...)
}

// pbField is one decoded protobuf field (wire types 0 and 2 only).
type pbField struct {
	num   int
	value uint64 // varint
	bytes []byte // length-delimited
	wire  int
}

var errMalformed = errors.New("malformed protobuf")

func decodeFields(b []byte) ([]pbField, error) {
	var out []pbField
	for len(b) > 0 {
		key, n := binary.Uvarint(b)
		if n <= 0 {
			return nil, errMalformed
		}
		b = b[n:]
		f := pbField{num: int(key >> 3), wire: int(key & 7)}
		switch f.wire {
		case 0:
			v, n := binary.Uvarint(b)
			if n <= 0 {
				return nil, errMalformed
			}
			f.value, b = v, b[n:]
		case 2:
			l, n := binary.Uvarint(b)
			if n <= 0 || l > uint64(len(b)-n) {
				return nil, errMalformed
			}
			f.bytes, b = b[n:n+int(l)], b[n+int(l):]
		default:
			return nil, fmt.Errorf("%w: wire type %d", errMalformed, f.wire)
		}
		out = append(out, f)
	}
	return out, nil
}

// decodedNode is a dag-pb node with its UnixFS payload.
type decodedNode struct {
	links     []pbLink
	fsType    uint64
	fsData    []byte
	fileSize  uint64
	hasFSData bool
}

func decodePBNode(block []byte) (*decodedNode, error) {
	fields, err := decodeFields(block)
	if err != nil {
		return nil, err
	}
	n := &decodedNode{}
	for _, f := range fields {
		switch {
		case f.num == 2 && f.wire == 2:
			lf, err := decodeFields(f.bytes)
			if err != nil {
				return nil, fmt.Errorf("link: %w", err)
			}
			var l pbLink
			for _, x := range lf {
				switch x.num {
				case 1:
					l.hash = x.bytes
				case 2:
					l.name, l.hasName = string(x.bytes), true
				case 3:
					l.tsize = x.value
				}
			}
			n.links = append(n.links, l)
		case f.num == 1 && f.wire == 2:
			df, err := decodeFields(f.bytes)
			if err != nil {
				return nil, fmt.Errorf("unixfs data: %w", err)
			}
			n.hasFSData = true
			for _, x := range df {
				switch x.num {
				case 1:
					n.fsType = x.value
				case 2:
					n.fsData = x.bytes
				case 3:
					n.fileSize = x.value
				}
			}
		default:
			return nil, fmt.Errorf("%w: unexpected field %d", errMalformed, f.num)
		}
	}
	if !n.hasFSData {
		return nil, errors.New("dag-pb node without UnixFS data")
	}
	return n, nil
}
