[assembly: AssemblyFixture(typeof(DeFacto.Web.Tests.Support.ApiFactory))]
