using PerfInfra.Cli;

return await PerfCli.InvokeAsync(args, Console.Out, Console.Error);
