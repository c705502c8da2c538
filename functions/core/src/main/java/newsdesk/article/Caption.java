package newsdesk.article;

/** A picture caption as printed, with its credit ({@code REUTERS/Sergey Pivovarov}) split off. */
public record Caption(String text, String credit, String imageUrl) {}
