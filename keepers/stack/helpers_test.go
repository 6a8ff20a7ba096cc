package stack_test

import (
	"github.com/pond-compute/pond/keepers/chain/follow"
	"github.com/pond-compute/pond/keepers/devnet"
)

func followStatic(d *devnet.Devnet) follow.Dialer { return follow.Static(d.Client()) }
