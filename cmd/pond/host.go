package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/pond-compute/pond/keepers/hostinfo"
)

func init() { register(hostCommand()) }

var dataDirFlag = &cli.StringFlag{
	Name: "data.dir", Value: os.TempDir(), EnvVars: envVar("data.dir"),
	Usage: "where job data lives (its free space is the disk offered)",
}

func hostCommand() *cli.Command {
	return &cli.Command{
		Name:  "host",
		Usage: "print the resources this machine can offer (CPU, RAM, disk, NVIDIA GPUs), as a provider would advertise them",
		Flags: []cli.Flag{dataDirFlag},
		Action: func(c *cli.Context) error {
			capy, err := hostinfo.Discover(hostinfo.OS(), c.String(dataDirFlag.Name))
			if err != nil {
				return fmt.Errorf("--%s: %w", dataDirFlag.Name, err)
			}
			out := map[string]any{
				"gpus": capy.GPUs, "vramMiB": capy.VRAMMiB, "cpuMillis": capy.CPUMillis,
				"ramMiB": capy.RAMMiB, "diskMiB": capy.DiskMiB, "gpuDevices": capy.GPU.GPUs,
			}
			if capy.GPU.Reason != "" {
				out["gpuReason"] = capy.GPU.Reason
			}
			if capy.GPU.Driver != "" {
				out["driver"] = capy.GPU.Driver
			}
			enc := json.NewEncoder(c.App.Writer)
			enc.SetIndent("", "  ")
			return enc.Encode(out)
		},
	}
}
