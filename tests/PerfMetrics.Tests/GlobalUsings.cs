global using PerfMetrics.Tests.Generators;
global using PerfMetrics.Tests.Helpers;
