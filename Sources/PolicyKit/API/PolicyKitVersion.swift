public enum PolicyKitVersion {
    public static let current = "0.1.0"
}
