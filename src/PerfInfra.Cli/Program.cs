using PerfInfra.Cli;
using PerfInfra.Engine.Http;

// Before any socket exists: run socket continuations on the event threads, wrk-style (bench/README.md
// measures it: the largest single saving of generator CPU per request). The load loops never block.
InlineSocketCompletions.Enable();
return await PerfCli.InvokeAsync(args, Console.Out, Console.Error);
