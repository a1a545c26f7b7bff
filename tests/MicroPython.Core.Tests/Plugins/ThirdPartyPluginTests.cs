using System;
using System.Diagnostics;
using System.IO;
using MicroPython.Tests.Launcher;
using Xunit;

namespace MicroPython.Tests.Plugins;

/// <summary>
/// The third-party path: a module plug-in written outside the solution, compiled against nothing but the SDK
/// (and the kernel and DI abstractions the SDK exposes), dropped into a user plug-in folder and imported.
/// </summary>
public sealed class ThirdPartyPluginTests
{
    private const int BuildTimeoutMs = 300000;

    [Fact]
    public async System.Threading.Tasks.Task PluginBuiltOutsideTheSolutionIsImported()
    {
        using var folder = new TempPluginFolder();
        string project = Path.Combine(folder.WorkingDirectory, "..", "src");
        Directory.CreateDirectory(project);
        string bin = AppContext.BaseDirectory;
        File.WriteAllText(Path.Combine(project, "Shout.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <EnableDynamicLoading>true</EnableDynamicLoading>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="{bin}MicroPython.Sdk.dll" Private="false" />
                <Reference Include="{bin}MicroPython.Core.dll" Private="false" />
                <Reference Include="{bin}Microsoft.Extensions.DependencyInjection.Abstractions.dll" Private="false" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "ShoutPlugin.cs"), """
            using System.Collections.Generic;
            using MicroPython.Objects;
            using MicroPython.Runtime;
            using MicroPython.Sdk.Modules;

            namespace Shout;

            public sealed class ShoutPlugin : IModulePlugin
            {
                public IReadOnlyList<ModuleDefinition> Modules { get; } = new[]
                {
                    ModuleDefinition.Create("shout", "MICROPY_PY_SHOUT", m => m
                        .Function("shout", text => new StrObject(Ops.ToStr(text).ToUpperInvariant() + "!"))
                        .Constant("VOLUME", 11)),
                };
            }
            """);

        string output = Path.Combine(folder.Root, "shout");
        var build = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "build", "-c", "Release", "-o", output, "-nologo", "-v", "q" })
        {
            build.ArgumentList.Add(a);
        }

        using (var p = Process.Start(build)!)
        {
            var log = p.StandardOutput.ReadToEndAsync();
            var err = p.StandardError.ReadToEndAsync();
            Assert.True(p.WaitForExit(BuildTimeoutMs), "build timed out");
            string text = await log + await err;
            Assert.True(p.ExitCode == 0, text);
        }

        Assert.False(File.Exists(Path.Combine(output, "MicroPython.Core.dll")), "the kernel must not be copied into the plug-in");
        File.WriteAllText(Path.Combine(output, "plugin.json"), """
            { "name": "shout", "kind": "module", "version": "1.0.0", "contractVersion": 1,
              "assembly": "Shout.dll", "entryType": "Shout.ShoutPlugin", "enabledBy": "MICROPY_PY_SHOUT",
              "modules": [ "shout" ] }
            """);

        var r = folder.Run("-c", "import shout, json; print(shout.shout('hello'), shout.VOLUME, json.dumps(1))");
        Assert.Equal("HELLO! 11 1\n", r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
    }
}
