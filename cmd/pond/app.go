package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/mattn/go-isatty"
	"github.com/urfave/cli/v2"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
)

// commands is filled by each command's file (module.go, devnet.go, ...) from
// init, so commands are added without editing a shared list.
var commands []*cli.Command

func register(c *cli.Command) { commands = append(commands, c) }

// mergeCommands joins commands registered under the same name from different files (`pond job
// show` and `pond job why`): the first keeps its usage, the others add their subcommands.
func mergeCommands(cmds []*cli.Command) []*cli.Command {
	var out []*cli.Command
	byName := map[string]*cli.Command{}
	for _, c := range cmds {
		if first, ok := byName[c.Name]; ok && len(c.Subcommands) > 0 {
			first.Subcommands = append(first.Subcommands, c.Subcommands...)
			continue
		}
		cp := *c // newApp runs more than once (tests): never grow the registered command
		cp.Subcommands = slices.Clone(c.Subcommands)
		byName[c.Name] = &cp
		out = append(out, &cp)
	}
	return out
}

// envVar names the environment variable of a flag: log.level -> POND_LOG_LEVEL.
func envVar(flag string) []string {
	return []string{"POND_" + strings.ToUpper(strings.NewReplacer(".", "_", "-", "_").Replace(flag))}
}

var (
	logLevelFlag = &cli.StringFlag{
		Name: "log.level", Value: "info", EnvVars: envVar("log.level"),
		Usage: "log level: debug, info, warn, error",
	}
	logFormatFlag = &cli.StringFlag{
		Name: "log.format", Value: "auto", EnvVars: envVar("log.format"),
		Usage: "log format: text, json, or auto (text on a terminal, json otherwise)",
	}
)

const loggerKey = "logger"

func newApp() *cli.App {
	return &cli.App{
		Name:                 "pond",
		Usage:                "verifiable compute marketplace",
		Flags:                []cli.Flag{logLevelFlag, logFormatFlag},
		Commands:             mergeCommands(commands),
		EnableBashCompletion: true,
		// Inputs are free text: "-i Message=hello, world" is one value.
		DisableSliceFlagSeparator: true,
		Before: func(c *cli.Context) error {
			log, err := newLogger(c.String(logLevelFlag.Name), c.String(logFormatFlag.Name))
			if err != nil {
				return err
			}
			c.App.Metadata = map[string]any{loggerKey: log}
			return nil
		},
		After: func(c *cli.Context) error {
			if l, ok := c.App.Metadata[loggerKey].(*zap.Logger); ok {
				_ = l.Sync()
			}
			return nil
		},
	}
}

// logger returns the process logger configured from the global flags.
func logger(c *cli.Context) *zap.Logger {
	if l, ok := c.App.Metadata[loggerKey].(*zap.Logger); ok {
		return l
	}
	return zap.NewNop()
}

func newLogger(level, format string) (*zap.Logger, error) {
	lvl, err := zapcore.ParseLevel(level)
	if err != nil {
		return nil, fmt.Errorf("invalid --%s %q: want debug, info, warn or error", logLevelFlag.Name, level)
	}
	if format == "auto" {
		format = "json"
		if isatty.IsTerminal(os.Stderr.Fd()) {
			format = "text"
		}
	}
	encCfg := zap.NewProductionEncoderConfig()
	encCfg.EncodeTime = zapcore.ISO8601TimeEncoder
	var enc zapcore.Encoder
	switch format {
	case "json":
		enc = zapcore.NewJSONEncoder(encCfg)
	case "text":
		encCfg.EncodeLevel = zapcore.CapitalColorLevelEncoder
		enc = zapcore.NewConsoleEncoder(encCfg)
	default:
		return nil, fmt.Errorf("invalid --%s %q: want text, json or auto", logFormatFlag.Name, format)
	}
	return zap.New(zapcore.NewCore(enc, zapcore.Lock(os.Stderr), lvl)), nil
}

// reorderArgs lets flags follow positional arguments (`pond module test dir
// -i K=V`): urfave/cli v2 stops parsing flags at the first positional, so the
// flags of the innermost command are moved in front of its positionals. A flag
// given before a subcommand's name that the subcommand defines too (`pond
// mediator --rpc-url X earnings`) is moved after that name: the subcommand reads
// its own flags, and would otherwise silently use its default.
func reorderArgs(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	out := []string{args[0]}
	cmds, flags := app.Commands, app.Flags
	var pending [][]string // flags of the current command, each with its value
	i := 1
	// Walk global flags and the command path.
	for i < len(args) {
		a := args[i]
		if strings.HasPrefix(a, "-") {
			flag := []string{a}
			if takesValue(flags, a) && i+1 < len(args) {
				flag = append(flag, args[i+1])
				i++
			}
			pending = append(pending, flag)
			i++
			continue
		}
		var next *cli.Command
		for _, c := range cmds {
			if c.HasName(a) {
				next = c
			}
		}
		if next == nil {
			break
		}
		var carried [][]string
		for _, f := range pending {
			if definesFlag(next.Flags, f[0]) {
				carried = append(carried, f)
			} else {
				out = append(out, f...)
			}
		}
		out = append(out, a)
		pending = carried
		cmds, flags = next.Subcommands, next.Flags
		i++
	}
	for _, f := range pending {
		out = append(out, f...)
	}
	var flagArgs, positional []string
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			positional = append(positional, args[i:]...)
			break
		}
		if strings.HasPrefix(a, "-") && a != "-" {
			flagArgs = append(flagArgs, a)
			if takesValue(flags, a) && i+1 < len(args) {
				flagArgs = append(flagArgs, args[i+1])
				i++
			}
			continue
		}
		positional = append(positional, a)
	}
	return append(append(out, flagArgs...), positional...)
}

// takesValue reports whether the flag token needs the next argument as its value.
func takesValue(flags []cli.Flag, token string) bool {
	name := strings.TrimLeft(token, "-")
	if strings.Contains(name, "=") {
		return false
	}
	f := lookupFlag(flags, name)
	if f == nil {
		return false
	}
	_, isBool := f.(*cli.BoolFlag)
	return !isBool
}

// definesFlag reports whether flags has the flag of token (--name or --name=value).
func definesFlag(flags []cli.Flag, token string) bool {
	name, _, _ := strings.Cut(strings.TrimLeft(token, "-"), "=")
	return lookupFlag(flags, name) != nil
}

func lookupFlag(flags []cli.Flag, name string) cli.Flag {
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				return f
			}
		}
	}
	return nil
}
