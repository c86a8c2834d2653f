namespace AiFactory.Core.DataChecks
{
    /// <summary>How an out-of-sample measure was taken, as reports name it.</summary>
    internal static class CheckMethods
    {
        /// <summary>Learned on the training data, measured on the test data.</summary>
        public const string TrainTest = "train-test";

        /// <summary>One file only (predictions mode): 5-fold cross-fitting, each row scored by what the other four folds learned.</summary>
        public const string CrossFitted = "5-fold";

        /// <summary>Computed on the training data (Cramér's V needs no held-out data: its bias correction removes chance association).</summary>
        public const string OnTrainingData = "training data";

        /// <summary>Computed on the only file there is (predictions mode).</summary>
        public const string OnTestData = "test data";
    }
}
