using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace MicroPython.Tests.Launcher;

/// <summary>Runs the real <c>micropython</c> launcher (built next to the tests) as a child process, as a user would.</summary>
public static class LauncherProcess
{
    /// <summary>Path of the launcher assembly copied into the test output folder by the project reference.</summary>
    public static string LauncherDll => Path.Combine(AppContext.BaseDirectory, "micropython.dll");

    /// <summary>The repository root (the folder holding MicroPython.Core.sln).</summary>
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "MicroPython.Core.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
        }
    }

    public sealed record Result(int ExitCode, string Stdout, string Stderr, bool TimedOut)
    {
        /// <summary>Stdout then stderr (the launcher flushes stdout before writing stderr).</summary>
        public string Combined => Stdout + Stderr;
    }

    /// <summary>Path of the <c>mpy-cross</c> tool assembly copied into the test output folder by the project reference.</summary>
    public static string MpyCrossDll => Path.Combine(AppContext.BaseDirectory, "mpy-cross.dll");

    public static Result Run(string workingDirectory, string? stdin, int timeoutMs, params string[] args) =>
        RunDll(LauncherDll, workingDirectory, null, stdin, timeoutMs, args);

    /// <summary>Like <see cref="Run"/>, with extra environment variables for the child (a null value removes one).</summary>
    public static Result RunWithEnvironment(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, string? stdin, int timeoutMs, params string[] args) =>
        RunDll(LauncherDll, workingDirectory, environment, stdin, timeoutMs, args);

    /// <summary>Runs the <c>mpy-cross</c> tool as a child process.</summary>
    public static Result RunMpyCross(string workingDirectory, int timeoutMs, params string[] args) =>
        RunDll(MpyCrossDll, workingDirectory, null, null, timeoutMs, args);

    /// <summary>
    /// Runs a tool. Inherited <c>MICROPY_*</c> variables are removed first so the configuration a test sees is only
    /// what it sets (a developer's shell may carry some).
    /// </summary>
    private static Result RunDll(string dll, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, string? stdin, int timeoutMs, string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var psi = new ProcessStartInfo(dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        psi.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["MICROPYPATH"] = string.Empty;
        LauncherProcess.ClearMicroPythonEnvironment(psi);

        if (environment != null)
        {
            foreach (var pair in environment)
            {
                psi.Environment[pair.Key] = pair.Value;
            }
        }

        using var p = Process.Start(psi)!;
        var outTask = p.StandardOutput.ReadToEndAsync();
        var errTask = p.StandardError.ReadToEndAsync();
        if (stdin != null)
        {
            p.StandardInput.Write(stdin);
        }

        p.StandardInput.Close();
        bool exited = p.WaitForExit(timeoutMs);
        if (!exited)
        {
            try
            {
                p.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }
        }

        p.WaitForExit();
        Task.WaitAll(outTask, errTask);
        return new Result(exited ? p.ExitCode : -1, outTask.Result.Replace("\r\n", "\n"), errTask.Result.Replace("\r\n", "\n"), !exited);
    }

    /// <summary>
    /// Removes the <c>MICROPY_*</c> variables the test process inherited, so a developer's or CI's own settings
    /// cannot change what a launcher test observes.
    /// </summary>
    internal static void ClearMicroPythonEnvironment(ProcessStartInfo psi)
    {
        var inherited = new List<string>();
        foreach (var key in psi.Environment.Keys)
        {
            if (key.StartsWith("MICROPY_", StringComparison.Ordinal))
            {
                inherited.Add(key);
            }
        }

        foreach (var key in inherited)
        {
            psi.Environment.Remove(key);
        }
    }
}
