global using AiFactory.BuildTool;
