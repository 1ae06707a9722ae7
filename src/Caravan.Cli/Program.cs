using System.CommandLine;
using System.Text;
using Caravan.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

var root = new RootCommand("Caravan: news aggregation and media monitoring for regional desks.");
foreach (var verb in VerbTable.All())
    root.Subcommands.Add(verb);

return await CliRunner.InvokeAsync(root, args);
