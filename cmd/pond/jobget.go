package main

import (
	"fmt"
	"path/filepath"

	"github.com/ipfs/go-cid"
	"github.com/urfave/cli/v2"

	"github.com/pond-compute/pond/keepers/client"
)

var jobGetOutputFlag = &cli.StringFlag{
	Name: "output", Aliases: []string{"o"},
	Usage: "directory to write the result to; must not exist (default: pond-results/<jobId>)",
}

// `pond job get`: the result of a job whose `pond run` was interrupted (or that another client
// posted), downloaded and checked against the CID its provider submitted.
func init() {
	register(&cli.Command{
		Name: "job",
		Subcommands: []*cli.Command{{
			Name:      "get",
			Usage:     "download a job's submitted result and check it against its CID",
			ArgsUsage: "<jobId>",
			Flags:     append(append([]cli.Flag{jobGetOutputFlag}, readFlags...), storageFlags...),
			Action:    getJobResult,
		}},
	})
}

func getJobResult(c *cli.Context) error {
	out := c.String(jobGetOutputFlag.Name)
	if out != "" && fileExists(out) {
		return fmt.Errorf("invalid --%s %s: it already exists; name a new directory", jobGetOutputFlag.Name, out)
	}
	store, err := openStore(c)
	if err != nil {
		return err
	}
	id, _, s, info, err := openJob(c, "jobId", false, true)
	if err != nil {
		return err
	}
	defer s.Close()
	status := client.StatusName(info.Job.Status)
	if info.Result == nil {
		return fmt.Errorf("job %s has no result: it is %s (`pond job show %s`)", id, status, id)
	}
	root, err := cid.Decode(info.Result.Cid)
	if err != nil {
		return fmt.Errorf("job %s: its provider submitted %q, which is not a CID", id, info.Result.Cid)
	}
	if out == "" {
		if out = filepath.Join("pond-results", id.String()); fileExists(out) {
			return fmt.Errorf("%s already exists; name a new directory with --%s", out, jobGetOutputFlag.Name)
		}
	}
	if err := client.FetchResult(c.Context, store, root, out); err != nil {
		return fmt.Errorf("job %s: its result %s could not be downloaded and verified: %w", id, root, err)
	}
	w := c.App.Writer
	fmt.Fprintf(w, "Job %s (%s): result %s verified and written to %s\n", id, status, root, out)
	switch status {
	case "Submitted", "Challenged":
		fmt.Fprintf(w, "It is not accepted yet: it can still be judged wrong (`pond job show %s`).\n", id)
		if info.Challenged != nil && info.RevealDeadline() == 0 {
			fmt.Fprintf(w, "Its challenge is %s.\n", client.VotesDue(0))
		}
	case "Rejected":
		fmt.Fprintf(w, "Its mediators judged it wrong: this is the provider's result, not the module's.\n")
	}
	printFiles(w, out)
	return nil
}
